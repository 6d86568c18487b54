package attackevents.cli;

import attackevents.eval.EventScorer;
import attackevents.eval.Evaluation;
import attackevents.eval.GoldArticle;
import attackevents.eval.GoldReader;
import attackevents.eval.JsonReport;
import attackevents.eval.PredictionReader;
import attackevents.eval.TextReport;
import attackevents.eval.body.BodyEvaluation;
import attackevents.eval.body.BodyReport;
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
 * The {@code evaluate} subcommand: scores an extractor's JSON-lines output against a folder of gold fixtures
 * ({@code shared/spec/scoring.md}) and prints the report; {@code --json} also writes it as JSON.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores predicted events (JSON lines) against gold fixtures and prints the report.")
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

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Folder of gold fixtures, one <article-id>.json each (with --task body: the "
                    + "benchmark's ground-truth.json).")
    Path gold;

    @Option(names = "--predicted", required = true, paramLabel = "OUT.jsonl",
            description = "The extractor's output: one article record per line (with --task body: the JSON "
                    + "written by 'clean --benchmark-json').")
    Path predicted;

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
        if (!Files.isDirectory(gold)) {
            throw new UserError("gold folder not found: " + gold);
        }
        if (!Files.isRegularFile(predicted)) {
            throw new UserError("predictions file not found: " + predicted);
        }
        Evaluation evaluation;
        try {
            List<GoldArticle> goldArticles = new GoldReader().read(gold);
            if (goldArticles.isEmpty()) {
                throw new UserError("no gold fixtures (*.json) in " + gold);
            }
            Map<String, ArticleRecord> predictions = new PredictionReader().read(predicted);
            evaluation = new EventScorer().score(goldArticles, predictions);
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
        if (json != null) {
            writeJson(evaluation);
        }
        spec.commandLine().getOut().print(TextReport.render(evaluation, quiet));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** {@code --task body}: shingle precision and recall of extracted bodies, averaged over pages. */
    private int evaluateBodies() {
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

    /** The task names, for help and error messages. */
    static final class TaskNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Task.values()).map(Task::toString).iterator();
        }
    }
}
