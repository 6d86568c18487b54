package attackevents.relevance;

import attackevents.data.ThresholdFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Says whether an article reports an attack: the probability of {@value #RELEVANT} from a trained OpenNLP
 * document categorizer, and a threshold below which the article is skipped. Load it once per process; it is
 * thread-safe.
 *
 * <p>The threshold comes, in this order, from the caller, from the {@code threshold} key of the properties file
 * beside the model ({@code muc4-relevance.bin} → {@code muc4-relevance.properties}, written by the trainer from
 * cross-validation), or is {@value #DEFAULT_THRESHOLD}.
 *
 * <p>Example: {@code RelevanceClassifier c = RelevanceClassifier.load(Path.of("models/relevance/muc4-relevance.bin"));
 * boolean keep = c.judge(text).relevant();}
 */
public final class RelevanceClassifier {
    /** The category of articles that report an attack. */
    public static final String RELEVANT = "relevant";
    /** The category of articles that do not. */
    public static final String IRRELEVANT = "irrelevant";
    /** The threshold when neither the caller nor the model's properties give one. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final DocumentCategorizerME categorizer;
    private final int relevantIndex;
    private final double threshold;

    RelevanceClassifier(DoccatModel model, double threshold) {
        Objects.requireNonNull(model, "model");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
        this.categorizer = new DocumentCategorizerME(model);
        this.relevantIndex = categorizer.getIndex(RELEVANT);
        if (relevantIndex < 0 || categorizer.getIndex(IRRELEVANT) < 0) {
            throw new IllegalArgumentException("not a relevance model: its categories are not "
                    + RELEVANT + "/" + IRRELEVANT);
        }
        this.threshold = threshold;
    }

    /**
     * Loads a model with the threshold stored beside it (or the default).
     *
     * @param model the {@code .bin} file written by {@link RelevanceTrainer}
     * @return the classifier
     * @throws NoSuchFileException      when the file does not exist
     * @throws IOException              when it cannot be read or is not an OpenNLP model
     * @throws IllegalArgumentException when it is a model of other categories
     */
    public static RelevanceClassifier load(Path model) throws IOException {
        return load(model, storedThreshold(model));
    }

    /**
     * Loads a model with a given threshold.
     *
     * @param model     the {@code .bin} file
     * @param threshold articles whose probability of being relevant is below this are irrelevant
     * @return the classifier
     * @throws IOException when the file cannot be read or is not an OpenNLP model
     */
    public static RelevanceClassifier load(Path model, double threshold) throws IOException {
        Objects.requireNonNull(model, "model");
        if (!Files.isRegularFile(model)) {
            throw new NoSuchFileException(model.toString(), null, "relevance model not found");
        }
        DoccatModel m;
        try {
            m = new DoccatModel(model);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot read relevance model " + model + ": " + e.getMessage(), e);
        }
        return new RelevanceClassifier(m, threshold);
    }

    /**
     * @param model a model file
     * @return the threshold in its properties file, or {@value #DEFAULT_THRESHOLD} when there is none
     * @throws IOException when the properties file exists but cannot be read or holds no number
     */
    public static double storedThreshold(Path model) throws IOException {
        return ThresholdFile.read(model, DEFAULT_THRESHOLD);
    }

    /**
     * @param model a model file, e.g. {@code x/muc4-relevance.bin}
     * @return the properties file beside it, e.g. {@code x/muc4-relevance.properties}
     */
    public static Path propertiesOf(Path model) {
        return ThresholdFile.of(model);
    }

    /** @return the threshold in use */
    public double threshold() {
        return threshold;
    }

    /**
     * @param text the article's text
     * @return the probability that it reports an attack
     */
    public double probability(String text) {
        String[] tokens = RelevanceFeatures.tokens(text);
        double[] outcome;
        // DocumentCategorizerME makes no promise about concurrent use; scoring one text takes microseconds.
        synchronized (categorizer) {
            outcome = categorizer.categorize(tokens);
        }
        return outcome[relevantIndex];
    }

    /**
     * @param text the article's text
     * @return the probability and whether it reaches the threshold
     */
    public Judgement judge(String text) {
        double p = probability(Objects.requireNonNull(text, "text"));
        return new Judgement(p >= threshold, p);
    }

    /**
     * The classifier's view of one article.
     *
     * @param relevant    whether the probability reaches the threshold
     * @param probability the probability of {@value RelevanceClassifier#RELEVANT}
     */
    public record Judgement(boolean relevant, double probability) {
    }
}
