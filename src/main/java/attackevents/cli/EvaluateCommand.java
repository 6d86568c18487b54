package attackevents.cli;

import attackevents.eval.EventScorer;
import attackevents.eval.Evaluation;
import attackevents.eval.GoldArticle;
import attackevents.eval.JsonReport;
import attackevents.eval.PredictionFormat;
import attackevents.eval.TextReport;
import attackevents.eval.body.BodyEvaluation;
import attackevents.eval.body.BodyReport;
import attackevents.eval.muc4.Muc4FormatException;
import attackevents.model.ArticleRecord;
import attackevents.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code evaluate} subcommand: scores predictions (the extractor's JSON lines or any system's MUC-4
 * responses) against gold (this project's fixtures or MUC-4 answer keys) as {@code shared/spec/scoring.md} says,
 * and prints the report; {@code --json} also writes it as JSON.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores predicted events (JSON lines or MUC-4 responses) against gold (fixtures or MUC-4 "
                + "keys) and prints the report.")
public final class EvaluateCommand implements Callable<Integer> {
    /** What is evaluated; {@code events} is the attack events of {@code shared/spec/scoring.md}. */
    public enum Task {
        /** Attack events, slot by slot. */
        EVENTS,
        /** Article bodies, with the article-extraction benchmark's shingle metric. */
        BODY;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    GoldOptions gold;

    @Option(names = "--predicted", required = true, paramLabel = "PREDICTED",
            description = "The predictions: the extractor's JSON lines, or MUC-4 response templates (a file or "
                    + "folder) with --predicted-format muc4 (with --task body: the JSON written by "
                    + "'clean --benchmark-json').")
    Path predicted;

    @Option(names = "--predicted-format", paramLabel = "FORMAT", converter = PredictionFormatConverter.class,
            description = "jsonl or muc4 (default: from the file name: .jsonl/.json are JSON lines, anything "
                    + "else MUC-4).")
    PredictionFormat predictedFormat;

    @Option(names = "--json", paramLabel = "REPORT.json", description = "Also write the report as JSON here.")
    Path json;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "events", converter = TaskConverter.class,
            description = "What to evaluate: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = TaskNames.class)
    Task task;

    @Option(names = "--quiet", description = "Print only the summary table and the event detection line.")
    boolean quiet;

    @Override
    public Integer call() {
        if (task == Task.BODY) {
            return evaluateBodies();
        }
        List<GoldArticle> goldArticles = gold.read();
        Map<String, ArticleRecord> predictions = gold.format.inGoldTerms(readPredictions(predicted,
                predictedFormat != null ? predictedFormat : PredictionFormat.guess(predicted)));
        Evaluation evaluation = new EventScorer().score(goldArticles, predictions);
        if (json != null) {
            writeJson(evaluation);
        }
        spec.commandLine().getOut().print(TextReport.render(evaluation, quiet));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Reads predictions in a format, turning every reading problem into a one-line user error.
     *
     * @param path   the predictions file or folder
     * @param format its format
     * @return the records by article id
     */
    static Map<String, ArticleRecord> readPredictions(Path path, PredictionFormat format) {
        try {
            return format.read(path);
        } catch (IOException | Muc4FormatException | IllegalArgumentException e) {
            throw InputErrors.toUserError(e);
        }
    }

    /** {@code --task body}: shingle precision and recall of extracted bodies, averaged over pages. */
    private int evaluateBodies() {
        if (gold.gold.size() != 1) {
            throw new UserError("--task body takes one --gold file");
        }
        Path gold = this.gold.gold.get(0);
        if (!Files.isRegularFile(gold)) {
            throw new UserError("ground truth file not found: " + gold);
        }
        if (!Files.isRegularFile(predicted)) {
            throw new UserError("predictions file not found: " + predicted);
        }
        BodyReport report;
        try {
            report = BodyEvaluation.evaluate(gold, predicted);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (json != null) {
            writeJsonValue(Map.of("precision", report.precision(), "recall", report.recall(), "f1", report.f1(),
                    "pages", report.pages()));
        }
        spec.commandLine().getOut().print(quiet
                ? String.format(Locale.ROOT, "pages %d  precision %.4f  recall %.4f  F1 %.4f%n",
                        report.pages(), report.precision(), report.recall(), report.f1())
                : report.toTable());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void writeJson(Evaluation evaluation) {
        writeJsonValue(JsonReport.toJson(evaluation));
    }

    private void writeJsonValue(Object value) {
        try {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), value);
        } catch (IOException e) {
            throw new UserError("cannot write " + json + ": " + e.getMessage());
        }
    }

    /** Reads {@code --task} case-insensitively, naming the choices when the value is unknown. */
    static final class TaskConverter implements CommandLine.ITypeConverter<Task> {
        @Override
        public Task convert(String value) {
            try {
                return Task.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown task '" + value + "' (choose from "
                        + String.join(", ", new TaskNames()) + ")");
            }
        }
    }

    /** Reads {@code --predicted-format} case-insensitively. */
    static final class PredictionFormatConverter implements CommandLine.ITypeConverter<PredictionFormat> {
        @Override
        public PredictionFormat convert(String value) {
            try {
                return PredictionFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("unknown predicted format '" + value
                        + "' (choose jsonl or muc4)");
            }
        }
    }

    /** The task names, for help and error messages. */
    static final class TaskNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Task.values()).map(Task::toString).iterator();
        }
    }
}
