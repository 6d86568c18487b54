package attackevents.cli;

import attackevents.AttackEvents;
import attackevents.PipelineConfig;
import attackevents.RunSummary;
import attackevents.nlp.NlpOptions;
import attackevents.model.ArticleRecord;
import attackevents.output.JsonLinesWriter;
import attackevents.output.Muc4Writer;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: articles in, one JSON line (or MUC-4 templates) of attack events per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract attack events from news articles.",
                "Reads .txt, .html/.htm, .json (with 'text' or 'html'), each optionally .gz, and .warc/.warc.gz "
                        + "archives; folders are read recursively in sorted order. Writes one JSON line per "
                        + "article (schema: schema/article-record.schema.json) with its events, or the reason it "
                        + "has none."})
public final class ExtractCommand implements Callable<Integer> {
    private static final long MAX_FILE_MB = 2047;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files, folders or web archives.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", defaultValue = "-",
            description = "Where to write the JSON lines ('-' for standard output, the default).")
    String output;

    @Option(names = "--threads", paramLabel = "N", description = "Articles processed at once (default: one per core).")
    Integer threads;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "20",
            description = "Refuse input files larger than this, with an error record (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--truecase", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Restore the case of all-caps articles (old wire text) with CoreNLP's truecaser before "
                    + "tagging and named-entity recognition; ordinary text is never touched (default: on; "
                    + "--no-truecase to turn off).")
    boolean truecase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: jsonl (one article record per line) or muc4 (MUC-4 response templates, "
                    + "what MUC-4 cannot say is lost; see Muc4Writer) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--relevance", paramLabel = "MODEL.bin",
            description = "A relevance model (e.g. models/relevance/muc4-relevance.bin): articles it finds "
                    + "irrelevant get no events and a 'skipped' reason, without running CoreNLP.")
    Path relevance;

    @Option(names = "--relevance-threshold", paramLabel = "P",
            description = "Skip articles whose probability of relevance is below P (default: the threshold "
                    + "stored beside the model).")
    Double relevanceThreshold;

    @Option(names = "--roles", paramLabel = "MODEL.bin",
            description = "A role tagger model (e.g. models/roles/muc4-roles.bin, trained on 1989-90 all-caps wire "
                    + "copy): the targets it tags in sentences that mention an attack join those the rules find, and the "
                    + "perpetrator it tags is the actor of a sentence where the rules find none.")
    Path roles;

    @Option(names = "--roles-threshold", paramLabel = "P",
            description = "Keep tagged spans whose probability is at least P (default: the threshold stored "
                    + "beside the model).")
    Double rolesThreshold;

    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "all",
            description = "Which incidents to report: all, or muc4 (only what the MUC-4 task counts: incidents of "
                    + "the last two months whose targets are not all military or armed-group members; "
                    + "models/lexicon/muc4-scope.tsv) (default: ${DEFAULT-VALUE}).")
    String scope;

    @Mixin
    ModelsOption models;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        InputErrors.requireExisting(inputs);
        if (maxFileMb < 1 || maxFileMb > MAX_FILE_MB) {
            // A file is read into one byte array, which Java caps at 2 GB.
            throw new UserError("--max-file-mb must be from 1 to " + MAX_FILE_MB);
        }
        if (threads != null && threads < 1) {
            // Checked here: PipelineConfig would refuse it as a programming error (exit 1), not a user mistake.
            throw new UserError("--threads must be at least 1");
        }
        if (!format.equals("jsonl") && !format.equals("muc4")) {
            throw new UserError("unknown --format '" + format + "' (choose jsonl or muc4)");
        }
        if (!scope.equals("all") && !scope.equals("muc4")) {
            throw new UserError("unknown --scope '" + scope + "' (choose all or muc4)");
        }
        checkOptionalModel("--relevance", "relevance", relevance, relevanceThreshold);
        checkOptionalModel("--roles", "role", roles, rolesThreshold);
        PipelineConfig base = PipelineConfig.defaults(models.resolve());
        NlpOptions nlp = base.nlp().withTruecase(truecase);
        PipelineConfig config = new PipelineConfig(base.modelsDir(),
                threads != null ? threads : base.threads(), maxFileMb * 1024 * 1024, base.maxAnalysedChars(), nlp,
                relevance, relevanceThreshold, roles, rolesThreshold, scope.equals("muc4"));
        long start = System.nanoTime();
        // Checked before seconds of model loading, but opened (and truncated) only once the models have loaded,
        // so a models folder that fails to load leaves an earlier output as it was.
        checkWritable();
        AttackEvents pipeline = ModelLoading.load(() -> AttackEvents.create(config));
        long loaded = System.nanoTime();
        RunSummary summary;
        try (RecordSink sink = format.equals("muc4") ? new Muc4Sink(open()) : new JsonSink(open())) {
            summary = pipeline.extract(inputs, sink::write);
        } catch (IOException e) {
            throw cannotWrite(e); // on closing
        }
        double seconds = (System.nanoTime() - loaded) / 1e9;
        spec.commandLine().getErr().printf(
                "extract: %d articles, %d events, %d without an event, %d skipped, %d errors; "
                        + "models loaded in %.1f s, articles in %.1f s (%.1f articles/s)%n",
                summary.articles(), summary.events(), summary.noEvents(), summary.skipped(), summary.errors(),
                (loaded - start) / 1e9, seconds, seconds > 0 ? summary.articles() / seconds : 0.0);
        return 0;
    }

    /** Where the records go, in the chosen format. */
    private interface RecordSink extends AutoCloseable {
        void write(ArticleRecord record);

        @Override
        void close() throws IOException;
    }

    /** JSON lines. */
    private final class JsonSink implements RecordSink {
        private final JsonLinesWriter writer;

        JsonSink(Writer out) {
            this.writer = new JsonLinesWriter(out);
        }

        @Override
        public void write(ArticleRecord record) {
            try {
                writer.write(record);
            } catch (UncheckedIOException e) {
                throw cannotWrite(e.getCause());
            }
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** MUC-4 response templates, streamed record by record. */
    private final class Muc4Sink implements RecordSink {
        private final Muc4Writer muc4 = new Muc4Writer();
        private final Writer out;

        Muc4Sink(Writer out) {
            this.out = out;
        }

        @Override
        public void write(ArticleRecord record) {
            try {
                out.write(muc4.toTemplates(record));
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * Checks an opt-in model and its threshold option ({@code --relevance}/{@code --relevance-threshold},
     * {@code --roles}/{@code --roles-threshold}).
     *
     * @param option    the model's option
     * @param what      what the model is called in the message when its file is missing
     * @param model     the model file, or {@code null} when not asked for
     * @param threshold the threshold given, or {@code null}
     * @throws UserError when the threshold is outside [0, 1] or given without the model, or the model is missing
     */
    private static void checkOptionalModel(String option, String what, Path model, Double threshold) {
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            throw new UserError(option + "-threshold must be between 0 and 1");
        }
        if (threshold != null && model == null) {
            throw new UserError(option + "-threshold needs " + option);
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new UserError(what + " model not found: " + model);
        }
    }

    /**
     * Fails, as a user error, when the output could not be opened for writing, without truncating it: a new file
     * made for the check is removed again.
     */
    private void checkWritable() {
        if (output.equals("-")) {
            return;
        }
        Path path = Path.of(output);
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            boolean existed = Files.exists(path);
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                // opened for writing without TRUNCATE_EXISTING: what it holds stays
            }
            if (!existed) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private Writer open() {
        if (output.equals("-")) {
            // UTF-8 bytes whatever the platform charset; flushed but never closed: standard output is not ours.
            return new BufferedWriter(new OutputStreamWriter(new UnclosedStream(System.out), StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    /** @return the user error for an output that cannot be written, with the operating system's reason */
    private UserError cannotWrite(IOException e) {
        String reason;
        if (e instanceof FileAlreadyExistsException f) {
            reason = f.getFile() + " is a file, not a folder";
        } else if (e instanceof FileSystemException f) {
            reason = f.getReason() != null ? f.getReason() : f.toString();
        } else {
            reason = e.getMessage();
        }
        return new UserError("cannot write " + output + ": " + reason);
    }

    /** A stream whose {@code close} only flushes, so closing the writer leaves standard output usable. */
    private static final class UnclosedStream extends FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
