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
 * @param relevanceModel  an OpenNLP relevance model ({@code models/relevance/*.bin}): articles it finds irrelevant
 *                        are skipped before CoreNLP; {@code null} for no relevance stage
 * @param relevanceThreshold the probability of relevance below which an article is skipped; {@code null} for the
 *                        threshold stored beside the model
 * @param rolesModel      an OpenNLP role tagger model ({@code models/roles/*.bin}): the targets it tags in sentences
 *                        that mention an attack join those the rules find; {@code null} for none
 * @param rolesThreshold  the probability below which a tagged span is dropped; {@code null} for the threshold
 *                        stored beside the model
 * @param muc4Scope       whether only incidents the MUC-4 task counts are kept ({@link attackevents.extract.Muc4Scope}):
 *                        recent ones whose targets are not all military or armed-group members; threatened and
 *                        attempted ones count too, as the task counts them
 */
public record PipelineConfig(Path modelsDir, int threads, long maxFileBytes, int maxAnalysedChars, NlpOptions nlp,
                             Path relevanceModel, Double relevanceThreshold, Path rolesModel, Double rolesThreshold,
                             boolean muc4Scope) {
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
        if (relevanceThreshold != null && !(relevanceThreshold >= 0 && relevanceThreshold <= 1)) {
            throw new IllegalArgumentException("relevance threshold must be in [0, 1], got " + relevanceThreshold);
        }
        if (rolesThreshold != null && !(rolesThreshold >= 0 && rolesThreshold <= 1)) {
            throw new IllegalArgumentException("roles threshold must be in [0, 1], got " + rolesThreshold);
        }
    }

    /**
     * A set-up without a role tagger.
     *
     * @param modelsDir          the {@code models/} folder
     * @param threads            articles processed at once
     * @param maxFileBytes       the input file size cap
     * @param maxAnalysedChars   the analysed text cap
     * @param nlp                the CoreNLP set-up
     * @param relevanceModel     the relevance model, or {@code null}
     * @param relevanceThreshold its threshold, or {@code null}
     */
    public PipelineConfig(Path modelsDir, int threads, long maxFileBytes, int maxAnalysedChars, NlpOptions nlp,
                          Path relevanceModel, Double relevanceThreshold) {
        this(modelsDir, threads, maxFileBytes, maxAnalysedChars, nlp, relevanceModel, relevanceThreshold, null, null,
                false);
    }

    /**
     * A set-up without a relevance stage.
     *
     * @param modelsDir        the {@code models/} folder
     * @param threads          articles processed at once
     * @param maxFileBytes     the input file size cap
     * @param maxAnalysedChars the analysed text cap
     * @param nlp              the CoreNLP set-up
     */
    public PipelineConfig(Path modelsDir, int threads, long maxFileBytes, int maxAnalysedChars, NlpOptions nlp) {
        this(modelsDir, threads, maxFileBytes, maxAnalysedChars, nlp, null, null, null, null, false);
    }

    /**
     * @param modelsDir the {@code models/} folder
     * @return the defaults: one thread per core, 20 MB files, the default NLP set-up
     */
    public static PipelineConfig defaults(Path modelsDir) {
        return new PipelineConfig(modelsDir, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_ANALYSED_CHARS, NlpOptions.defaults());
    }

    /**
     * @param n the number of articles processed at once (at least 1)
     * @return the same set-up with that thread count
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public PipelineConfig withThreads(int n) {
        return new PipelineConfig(modelsDir, n, maxFileBytes, maxAnalysedChars, nlp, relevanceModel,
                relevanceThreshold, rolesModel, rolesThreshold, muc4Scope);
    }

    /**
     * @param model     the relevance model, or {@code null} for none
     * @param threshold its threshold, or {@code null} for the one stored beside it
     * @return the same set-up with this relevance stage
     */
    public PipelineConfig withRelevance(Path model, Double threshold) {
        return new PipelineConfig(modelsDir, threads, maxFileBytes, maxAnalysedChars, nlp, model, threshold,
                rolesModel, rolesThreshold, muc4Scope);
    }

    /**
     * @param model     the role tagger model, or {@code null} for none
     * @param threshold its threshold, or {@code null} for the one stored beside it
     * @return the same set-up with this role tagger
     */
    public PipelineConfig withRoles(Path model, Double threshold) {
        return new PipelineConfig(modelsDir, threads, maxFileBytes, maxAnalysedChars, nlp, relevanceModel,
                relevanceThreshold, model, threshold, muc4Scope);
    }

    /**
     * @param muc4 whether to keep only the incidents the MUC-4 task counts
     * @return the same set-up with that scope
     */
    public PipelineConfig withMuc4Scope(boolean muc4) {
        return new PipelineConfig(modelsDir, threads, maxFileBytes, maxAnalysedChars, nlp, relevanceModel,
                relevanceThreshold, rolesModel, rolesThreshold, muc4);
    }
}
