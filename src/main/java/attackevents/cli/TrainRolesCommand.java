package attackevents.cli;

import attackevents.roles.RoleEvaluator;
import attackevents.roles.RoleSample;
import attackevents.roles.RoleSpan;
import attackevents.roles.RoleTagger;
import attackevents.roles.RoleTrainer;
import attackevents.roles.SpanScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train roles}: trains the role tagger on texts labelled from their gold, prints its span scores in
 * cross-validation by article, saves the model, and with {@code --fold-models} also each fold's model and the ids
 * it held out, so that whole-pipeline scores can be cross-validated too ({@code scripts/roles-cv.sh}).
 */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = {"Train the role tagger (OpenNLP name finder) that marks target and perp spans in sentences, "
                + "from texts and their gold: every occurrence of a gold target or actor name is a span.",
                "Example: train roles --texts muc4/dev/texts --gold muc4/dev/keys --gold-format muc4 "
                        + "-o models/roles/muc4-roles.bin"})
public final class TrainRolesCommand implements Callable<Integer> {
    private static final double[] REPORTED_THRESHOLDS = {0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--texts", required = true, arity = "1..*", paramLabel = "DIR",
            description = "Training articles (files or folders), named by article id.")
    List<Path> texts;

    @CommandLine.Mixin
    GoldOptions gold;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL.bin",
            description = "Where to write the model; its threshold goes beside it (MODEL.properties).")
    Path output;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K",
            description = "Cross-validation folds by article (0: none) (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--fold-models", paramLabel = "DIR",
            description = "Also write each fold's model (fold-K.bin) and the ids it held out (fold-K.ids) here.")
    Path foldModels;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "P",
            description = "The span probability threshold stored with the model (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--all-articles",
            description = "Train on the sentences of articles without events too (default: only articles whose "
                    + "gold has an event).")
    boolean allArticles;

    @Option(names = "--iterations", defaultValue = "100", paramLabel = "N",
            description = "Maximum entropy training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "5", paramLabel = "N",
            description = "Drop features seen fewer times in training (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Models folder for the cleaner's and the lexicon's data (default: as for extract).")
    Path models;

    @Override
    public Integer call() throws IOException {
        if (folds == 1 || folds < 0) {
            throw new UserError("--folds must be 0 (none) or at least 2");
        }
        if (foldModels != null && folds == 0) {
            throw new UserError("--fold-models needs --folds");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UserError("--threshold must be between 0 and 1");
        }
        if (iterations < 1 || cutoff < 0) {
            throw new UserError("--iterations must be positive and --cutoff non-negative");
        }
        InputErrors.requireExisting(texts);
        ModelsOption modelsOption = new ModelsOption();
        modelsOption.models = models;
        long start = System.nanoTime();
        RoleExamples ex = RoleExamples.read(texts, gold.read(), modelsOption.resolve(), allArticles);
        PrintWriter out = spec.commandLine().getOut();
        List<RoleSample> all = ex.documents().stream().flatMap(List::stream).toList();
        out.printf(Locale.ROOT, "training: %d articles, %d sentences, %d target and %d perp spans (%d without gold, "
                        + "%d unreadable: left out); read in %.0f s%n", ex.ids().size(), all.size(),
                count(all, RoleSpan.TARGET), count(all, RoleSpan.PERP), ex.withoutGold(), ex.unreadable(),
                seconds(start));
        if (folds > ex.ids().size()) {
            throw new UserError("--folds is larger than the number of training articles");
        }
        RoleTrainer trainer = new RoleTrainer(iterations, cutoff);
        String note = String.format(Locale.ROOT, "trained on %d articles of %s", ex.ids().size(), texts);
        if (folds > 0) {
            long cvStart = System.nanoTime();
            RoleEvaluator.CrossValidation cv = trainOrFail(() -> RoleEvaluator.crossValidate(trainer, ex.documents(),
                    folds, threshold));
            out.printf(Locale.ROOT, "%d-fold cross-validation by article (%.0f s), exact spans:%n", folds,
                    seconds(cvStart));
            for (String type : List.of(RoleSpan.TARGET, RoleSpan.PERP)) {
                for (double t : REPORTED_THRESHOLDS) {
                    SpanScores s = RoleEvaluator.score(ex.documents(), cv.predicted(), type, t);
                    out.printf(Locale.ROOT, "  %-6s p >= %.1f: precision %.3f recall %.3f F1 %.3f (TP %d FP %d FN %d)%n",
                            type, t, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
                }
            }
            if (foldModels != null) {
                writeFolds(cv, ex.ids(), note);
                out.printf("fold models and held-out ids written to %s%n", foldModels);
            }
        }
        long trainStart = System.nanoTime();
        RoleTagger model = trainOrFail(() -> trainer.train(all, threshold));
        try {
            model.save(output, note);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
        out.printf(Locale.ROOT, "model written to %s (trained in %.0f s; total %.0f s)%n", output,
                seconds(trainStart), seconds(start));
        out.flush();
        return 0;
    }

    private void writeFolds(RoleEvaluator.CrossValidation cv, List<String> ids, String note) throws IOException {
        Files.createDirectories(foldModels);
        for (int k = 0; k < folds; k++) {
            List<String> heldOut = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                if (RoleEvaluator.foldOf(i, folds) == k) {
                    heldOut.add(ids.get(i));
                }
            }
            cv.models().get(k).save(foldModels.resolve("fold-" + (k + 1) + ".bin"), note + ", fold " + (k + 1)
                    + " held out");
            Files.write(foldModels.resolve("fold-" + (k + 1) + ".ids"), heldOut);
        }
    }

    private static <T> T trainOrFail(java.util.function.Supplier<T> training) {
        try {
            return training.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + "; check that the texts' ids match the gold");
        }
    }

    private static long count(List<RoleSample> samples, String type) {
        return samples.stream().flatMap(s -> s.spans().stream()).filter(s -> s.type().equals(type)).count();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
