package attackevents.cli;

import attackevents.eval.GoldArticle;
import attackevents.eval.GoldFormat;
import attackevents.eval.muc4.Muc4FormatException;
import attackevents.relevance.RelevanceClassifier;
import attackevents.relevance.RelevanceEvaluator;
import attackevents.relevance.RelevanceModel;
import attackevents.relevance.RelevanceScores;
import attackevents.relevance.RelevanceTrainer;
import attackevents.relevance.ScoredText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train relevance}: trains the relevance classifier on texts labelled by their gold, chooses its threshold
 * by cross-validation so that a wanted share of relevant articles is kept, saves model and threshold, and prints
 * the cross-validated scores and, with {@code --test-texts}, the scores on held-out texts.
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = {"Train the relevance classifier (OpenNLP document categorizer) on texts and their gold: an "
                + "article is relevant when its gold has at least one event (optional ones included).",
                "Example: train relevance --texts muc4/dev/texts --gold muc4/dev/keys --gold-format muc4 "
                        + "-o models/relevance/muc4-relevance.bin --test-texts muc4/tst1/texts muc4/tst2/texts "
                        + "--test-gold muc4/tst1/keys muc4/tst2/keys"})
public final class TrainRelevanceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--texts", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Training articles (files or folders), named by article id.")
    List<Path> texts;

    @CommandLine.Mixin
    GoldOptions gold;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL.bin",
            description = "Where to write the model; the threshold goes beside it (MODEL.properties).")
    Path output;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Cross-validation folds used to choose the threshold and report scores "
                    + "(default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--min-recall", defaultValue = "0.95", paramLabel = "R",
            description = "Share of relevant articles the threshold must keep in cross-validation "
                    + "(default: ${DEFAULT-VALUE}).")
    double minRecall;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N",
            description = "Maximum entropy training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "5", paramLabel = "N",
            description = "Drop features seen fewer times in training (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--test-texts", arity = "1..*", paramLabel = "DIR",
            description = "Held-out articles to score the saved model on (never trained on).")
    List<Path> testTexts;

    @Option(names = "--test-gold", arity = "1..*", paramLabel = "GOLD",
            description = "Gold of the held-out articles, in --gold-format.")
    List<Path> testGold;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Models folder for the text cleaner's data (default: as for extract).")
    Path models;

    @Override
    public Integer call() throws IOException {
        if (folds < 2) {
            throw new UserError("--folds must be at least 2");
        }
        if (!(minRecall > 0 && minRecall <= 1)) {
            throw new UserError("--min-recall must be in (0, 1]");
        }
        if ((testTexts == null) != (testGold == null)) {
            throw new UserError("--test-texts and --test-gold go together");
        }
        if (iterations < 1 || cutoff < 0) {
            throw new UserError("--iterations must be positive and --cutoff non-negative");
        }
        ModelsOption modelsOption = new ModelsOption();
        modelsOption.models = models;
        Path modelsDir = modelsOption.resolve();
        InputErrors.requireExisting(texts);
        RelevanceExamples train = RelevanceExamples.read(texts, gold.read(), modelsDir);
        PrintWriter out = spec.commandLine().getOut();
        long relevant = train.examples().stream().filter(e -> e.relevant()).count();
        out.printf(Locale.ROOT, "training: %d articles, %d relevant, %d irrelevant (%d without gold, %d unreadable: "
                        + "left out)%n", train.examples().size(), relevant, train.examples().size() - relevant,
                train.withoutGold(), train.unreadable());
        if (relevant == 0 || relevant == train.examples().size()) {
            throw new UserError("training needs relevant and irrelevant articles; check that the texts' ids "
                    + "match the gold");
        }
        if (folds > train.examples().size()) {
            throw new UserError("--folds is larger than the number of training articles");
        }
        RelevanceTrainer trainer = new RelevanceTrainer(iterations, cutoff);
        List<ScoredText> cv = RelevanceEvaluator.crossValidate(trainer, train.examples(), folds);
        double threshold = RelevanceEvaluator.chooseThreshold(cv, minRecall);
        print(out, folds + "-fold cross-validation at 0.5", RelevanceEvaluator.at(cv, 0.5));
        print(out, folds + "-fold cross-validation at threshold " + fixed(threshold), RelevanceEvaluator.at(cv,
                threshold));
        RelevanceModel model = trainer.train(train.examples());
        try {
            model.save(output, threshold, String.format(Locale.ROOT, "highest threshold keeping >= %.2f of the "
                    + "relevant articles in %d-fold cross-validation on %d articles (%s)", minRecall, folds,
                    train.examples().size(), texts));
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
        out.printf("model written to %s (threshold in %s)%n", output, RelevanceClassifier.propertiesOf(output));
        if (testTexts != null) {
            InputErrors.requireExisting(testTexts);
            List<GoldArticle> heldOutGold = readGold(gold.format, testGold);
            RelevanceExamples test = RelevanceExamples.read(testTexts, heldOutGold, modelsDir);
            List<ScoredText> scored = RelevanceEvaluator.score(model.classifier(threshold), test.examples());
            print(out, "held out (" + test.examples().size() + " articles) at 0.5", RelevanceEvaluator.at(scored,
                    0.5));
            print(out, "held out at threshold " + fixed(threshold), RelevanceEvaluator.at(scored, threshold));
        }
        out.flush();
        return 0;
    }

    private static List<GoldArticle> readGold(GoldFormat format, List<Path> paths) {
        try {
            return format.read(paths);
        } catch (IOException | Muc4FormatException | IllegalArgumentException e) {
            throw InputErrors.toUserError(e);
        }
    }

    private static void print(PrintWriter out, String what, RelevanceScores s) {
        out.printf(Locale.ROOT, "%s: accuracy %.3f  relevant precision %.3f recall %.3f  skipped %.1f%%  "
                        + "(TP %d FP %d FN %d TN %d)%n", what, s.accuracy(), s.precision(), s.recall(),
                100 * s.skipped(), s.tp(), s.fp(), s.fn(), s.tn());
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
