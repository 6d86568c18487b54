package attackevents.cli;

import attackevents.AttackEvents;
import attackevents.PipelineConfig;
import attackevents.clean.ArticleCleaner;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.CoreNlpAnnotator;
import attackevents.nlp.NlpOptions;
import attackevents.source.ArticleReader;
import attackevents.source.ReadOutcome;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code speed}: times the project's CoreNLP set-up against CoreNLP's defaults on the same cleaned texts, in
 * one process, one after the other, so the ratio is measured under the same conditions.
 */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = {"Time the project's whole extraction against CoreNLP's default NER set-up alone, on the "
                + "same cleaned texts, one thread each.",
                "Each set-up loads once, annotates every text once to warm up when --warm-up is given, then "
                        + "once timed. Prints seconds, tokens/second and the ratio."})
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
        double ours = timeProject(texts);
        double theirs = time("CoreNLP default NER alone (3 CRFs, SUTime, numbers, fine-grained)",
                NlpOptions.coreNlpDefaults(), texts);
        out.printf("CoreNLP's default NER alone takes %.1fx the time of the project's whole extraction%n",
                theirs / ours);
        out.printf("peak heap used so far: %d MB%n",
                ManagementFactory.getMemoryPoolMXBeans().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum()
                        / (1024 * 1024));
        return 0;
    }

    /** The project's whole path per text: NLP, SUTime on attack sentences, and event extraction. */
    private double timeProject(List<String> texts) {
        long load = System.nanoTime();
        AttackEvents pipeline = ModelLoading.load(
                () -> AttackEvents.create(PipelineConfig.defaults(models.resolve()).withThreads(1)));
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        if (warmUp) {
            texts.forEach(t -> pipeline.extractText(t, null));
        }
        long start = System.nanoTime();
        for (String t : texts) {
            pipeline.extractText(t, null);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("%-66s load %5.1f s  run %6.1f s%n",
                "project: NLP (1 CRF) + SUTime on attack sentences + extraction", loadSeconds, seconds);
        return seconds;
    }

    private double time(String name, NlpOptions options, List<String> texts) {
        long load = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(options);
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        if (warmUp) {
            texts.forEach(t -> annotator.annotate(t, null));
        }
        long start = System.nanoTime();
        long tokens = 0;
        for (String t : texts) {
            AnnotatedDocument d = annotator.annotate(t, null);
            tokens += d.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("%-66s load %5.1f s  run %6.1f s  (%.0f tokens/s)%n",
                name, loadSeconds, seconds, tokens / seconds);
        return seconds;
    }
}
