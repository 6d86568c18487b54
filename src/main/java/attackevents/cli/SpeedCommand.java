package attackevents.cli;

import attackevents.AttackEvents;
import attackevents.PipelineConfig;
import attackevents.clean.ArticleCleaner;
import attackevents.nlp.CoreNlpAnnotator;
import attackevents.nlp.NlpOptions;
import attackevents.source.ArticleReader;
import attackevents.source.ReadOutcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code speed}: times the project's whole extraction against CoreNLP's default pipeline
 * ({@link NlpOptions#coreNlpDefaults()}) on the same cleaned texts, in one process, one after the other, so the
 * ratio is measured under the same conditions.
 */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = {"Time the project's whole extraction against CoreNLP's default pipeline alone "
                + "(tokenize,ssplit,pos,lemma,ner with CoreNLP's defaults: 3 CRF models, numeric classifiers, "
                + "SUTime, fine-grained types), on the same cleaned texts, one thread each.",
                "Each set-up loads once, annotates every text once to warm up when --warm-up is given, then "
                        + "once timed. Prints elapsed and CPU seconds (CPU time is steadier on a busy machine), "
                        + "tokens/second and the ratios."})
public final class SpeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
    List<Path> inputs;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Use at most N articles (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warm-up", description = "Annotate every text once before timing (JIT warm-up).")
    boolean warmUp;

    @Mixin
    ModelsOption models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1");
        }
        InputErrors.requireExisting(inputs);
        Path modelsDir = models.resolve();
        ArticleCleaner cleaner = ModelLoading.load(() -> new ArticleCleaner(modelsDir));
        List<String> texts = new ArrayList<>();
        try (Stream<ReadOutcome> outcomes = new ArticleReader().read(inputs)) {
            outcomes.filter(ReadOutcome::ok).limit(limit)
                    .forEach(o -> texts.add(AttackEvents.analysedText(cleaner.clean(o.article()))));
        }
        if (texts.isEmpty()) {
            throw new UserError("no readable articles in the inputs");
        }
        var out = spec.commandLine().getOut();
        out.printf("%d texts%n", texts.size());
        // The project's whole path per text: NLP, SUTime on attack sentences, and event extraction.
        Timing ours = time("project: NLP (1 CRF) + SUTime on attack sentences + extraction", () -> {
            AttackEvents pipeline = ModelLoading.load(
                    () -> AttackEvents.create(PipelineConfig.defaults(modelsDir).withThreads(1)));
            return t -> {
                pipeline.extractText(t, null);
                return 0;
            };
        }, texts);
        Timing theirs = time("CoreNLP defaults: 3 CRFs, numbers, SUTime, fine-grained", () -> {
            CoreNlpAnnotator annotator = ModelLoading.load(() -> new CoreNlpAnnotator(NlpOptions.coreNlpDefaults()));
            return t -> annotator.annotate(t, null).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        }, texts);
        out.printf("CoreNLP's default pipeline alone takes %.1fx the time of the project's whole extraction"
                + " (%.1fx in CPU time)%n", theirs.wall() / ours.wall(), theirs.cpu() / ours.cpu());
        out.printf("peak heap used so far: %d MB%n",
                ManagementFactory.getMemoryPoolMXBeans().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum()
                        / (1024 * 1024));
        return 0;
    }

    /**
     * @param wall seconds of elapsed time
     * @param cpu  CPU seconds of the timing thread, which runs everything timed; unlike elapsed time, it does not
     *             grow when other processes take the cores
     */
    private record Timing(double wall, double cpu) {
    }

    /**
     * Loads a set-up, warms it up if asked, then times one pass over the texts on this thread.
     *
     * @param name  the line's label
     * @param load  builds the set-up and returns what runs one text, giving its token count (0 if unknown)
     * @param texts the texts
     * @return the timed pass's elapsed and CPU time
     */
    private Timing time(String name, Supplier<ToIntFunction<String>> load, List<String> texts) {
        long loadStart = System.nanoTime();
        ToIntFunction<String> run = load.get();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        if (warmUp) {
            texts.forEach(run::applyAsInt);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long tokens = 0;
        for (String t : texts) {
            tokens += run.applyAsInt(t);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        spec.commandLine().getOut().printf("%-66s load %5.1f s  run %6.1f s  cpu %6.1f s%s%n", name, loadSeconds,
                seconds, cpuSeconds, tokens > 0 ? String.format("  (%.0f tokens/s)", tokens / seconds) : "");
        return new Timing(seconds, cpuSeconds);
    }
}
