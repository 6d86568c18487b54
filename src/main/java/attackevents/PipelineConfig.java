package attackevents;

import attackevents.nlp.NlpOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the extraction pipeline is set up: built from the command line's options, or by a Java user.
 *
 * @param modelsDir       the {@code models/} folder holding the data files
 * @param threads         how many articles are processed at once
 * @param maxFileBytes    input files larger than this are refused with an error record
 * @param maxAnalysedChars text beyond this many characters of one article is not analysed (a warning says so)
 * @param nlp             the CoreNLP set-up
 */
public record PipelineConfig(Path modelsDir, int threads, long maxFileBytes, int maxAnalysedChars, NlpOptions nlp) {
    /** Default cap on input file size: 20 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Default cap on analysed text: 200,000 characters, some 30,000 words: far beyond any news article. */
    public static final int DEFAULT_MAX_ANALYSED_CHARS = 200_000;

    public PipelineConfig {
        Objects.requireNonNull(modelsDir, "modelsDir");
        Objects.requireNonNull(nlp, "nlp");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (maxFileBytes < 1 || maxAnalysedChars < 1) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    /**
     * @param modelsDir the {@code models/} folder
     * @return the defaults: one thread per core, 20 MB files, the default NLP set-up
     */
    public static PipelineConfig defaults(Path modelsDir) {
        return new PipelineConfig(modelsDir, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_ANALYSED_CHARS, NlpOptions.defaults());
    }

    /** @return the same set-up with another thread count */
    public PipelineConfig withThreads(int n) {
        return new PipelineConfig(modelsDir, n, maxFileBytes, maxAnalysedChars, nlp);
    }
}
