package attackevents.cli;

import attackevents.eval.BenchmarkRun;
import attackevents.eval.BenchmarkTable;
import attackevents.eval.EventScorer;
import attackevents.eval.GoldArticle;
import attackevents.eval.PredictionFormat;
import attackevents.model.ArticleRecord;
import attackevents.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code benchmark} subcommand: scores any number of prediction files (ours as JSON lines, other systems'
 * MUC-4 responses) on the same gold with the one {@link EventScorer}, and prints them in one table.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Scores several systems' predictions on the same gold and prints one table: per slot and "
                + "overall, one line per run (POS ACT COR PAR INC MIS SPU REC PRE F1), then event detection.",
                "Example: benchmark --gold-format muc4 --gold tst1/keys ours=ours.jsonl ge=ge-responses.muc4"})
public final class BenchmarkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    GoldOptions gold;

    @Parameters(arity = "1..*", paramLabel = "NAME=FILE",
            description = "A run: its name in the table and its predictions file (or folder of MUC-4 responses).")
    List<String> runs;

    @Option(names = "--predicted-format", paramLabel = "FORMAT",
            converter = EvaluateCommand.PredictionFormatConverter.class,
            description = "jsonl or muc4 for every run (default: from each file name: .jsonl/.json are JSON "
                    + "lines, anything else MUC-4).")
    PredictionFormat predictedFormat;

    @Option(names = "--json", paramLabel = "TABLE.json", description = "Also write the table as JSON here.")
    Path json;


    @Override
    public Integer call() {
        List<String[]> named = parseRuns(runs);
        List<GoldArticle> goldArticles = gold.read();
        EventScorer scorer = new EventScorer();
        List<BenchmarkRun> scored = new ArrayList<>();
        for (String[] run : named) {
            Path file = Path.of(run[1]);
            Map<String, ArticleRecord> predictions = gold.format.inGoldTerms(EvaluateCommand.readPredictions(file,
                    predictedFormat != null ? predictedFormat : PredictionFormat.guess(file)));
            scored.add(new BenchmarkRun(run[0], scorer.score(goldArticles, predictions)));
        }
        if (json != null) {
            write(json, scored);
        }
        spec.commandLine().getOut().print(BenchmarkTable.render(scored));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Splits each {@code NAME=FILE}, refusing a missing name or file and a name given twice. */
    static List<String[]> parseRuns(List<String> runs) {
        List<String[]> named = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String run : runs) {
            int eq = run.indexOf('=');
            if (eq <= 0 || eq == run.length() - 1) {
                throw new UserError("a run is NAME=FILE, got '" + run + "'");
            }
            String name = run.substring(0, eq).strip();
            if (!names.add(name)) {
                throw new UserError("run name '" + name + "' given twice");
            }
            named.add(new String[] {name, run.substring(eq + 1)});
        }
        return named;
    }

    private static void write(Path json, List<BenchmarkRun> runs) {
        try {
            Path parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), BenchmarkTable.toJson(runs));
        } catch (IOException e) {
            throw new UserError("cannot write " + json + ": " + e.getMessage());
        }
    }
}
