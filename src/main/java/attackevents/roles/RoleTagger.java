package attackevents.roles;

import attackevents.data.ThresholdFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags the role spans of a sentence with a trained OpenNLP name finder, each with its probability, and keeps those
 * at or above a threshold. Load it once per process; it is thread-safe (one name finder per thread).
 *
 * <p>The threshold comes from the caller, else from the {@code threshold} key of the properties file beside the
 * model ({@code muc4-roles.bin} → {@code muc4-roles.properties}), else is {@value #DEFAULT_THRESHOLD}.
 *
 * <p>Example: {@code RoleTagger t = RoleTagger.load(Path.of("models/roles/muc4-roles.bin"));
 * List<RoleSpan> spans = t.confident(RoleFeatures.sample(tokens, triggers, casualties));}
 */
public final class RoleTagger {
    /** The threshold when neither the caller nor the model's properties give one. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final TokenNameFinderModel model;
    private final double threshold;
    private final ThreadLocal<NameFinderME> finders;

    RoleTagger(TokenNameFinderModel model, double threshold) {
        this.model = Objects.requireNonNull(model, "model");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        this.threshold = threshold;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /**
     * Loads a model with the threshold stored beside it (or the default).
     *
     * @param file the {@code .bin} file written by {@link #save}
     * @return the tagger
     * @throws IOException when the file is missing, unreadable or not a name finder model
     */
    public static RoleTagger load(Path file) throws IOException {
        return load(file, ThresholdFile.read(file, DEFAULT_THRESHOLD));
    }

    /**
     * Loads a model with a given threshold.
     *
     * @param file      the {@code .bin} file
     * @param threshold spans less probable than this are not {@link #confident}
     * @return the tagger
     * @throws IOException when the file is missing, unreadable or not a name finder model
     */
    public static RoleTagger load(Path file, double threshold) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "role model not found");
        }
        try {
            return new RoleTagger(new TokenNameFinderModel(file), threshold);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not an OpenNLP name finder model: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** @return the threshold of {@link #confident} */
    public double threshold() {
        return threshold;
    }

    /** @return the same model with another threshold */
    public RoleTagger withThreshold(double other) {
        return new RoleTagger(model, other);
    }

    /**
     * @param sentence the sentence (its spans are ignored)
     * @return every span the model finds, with its probability, in order
     */
    public List<RoleSpan> tag(RoleSample sentence) {
        if (sentence.words().isEmpty()) {
            return List.of();
        }
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        Span[] spans = finder.find(sentence.words().toArray(String[]::new), RoleTrainer.context(sentence));
        List<RoleSpan> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            out.add(new RoleSpan(s.getStart(), s.getEnd(), s.getType(), s.getProb()));
        }
        return out;
    }

    /**
     * @param sentence the sentence
     * @return the spans whose probability reaches the threshold
     */
    public List<RoleSpan> confident(RoleSample sentence) {
        return tag(sentence).stream().filter(s -> s.probability() >= threshold).toList();
    }

    /**
     * Writes the model and, beside it, its properties file with the threshold.
     *
     * @param file the {@code .bin} file to write (folders are created)
     * @param note a one-line comment for the properties file saying how the model was made
     * @throws IOException when writing fails
     */
    public void save(Path file, String note) throws IOException {
        ThresholdFile.saveWithModel(model, file, "Role tagger threshold", threshold, note);
    }
}
