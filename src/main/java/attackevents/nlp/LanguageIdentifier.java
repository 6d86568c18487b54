package attackevents.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which language a text is in, with OpenNLP's language detector and the 103-language model that
 * OpenNLP publishes as a Maven artifact ({@code opennlp-models-langdetect}).
 */
public final class LanguageIdentifier {
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** The detector needs some text to be reliable; beyond this it only costs time. */
    private static final int SAMPLE_CHARS = 3000;

    private final LanguageDetectorModel model;

    /** Loads the model from the classpath. */
    public LanguageIdentifier() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is not on the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model", e);
        }
    }

    /**
     * Detects the language.
     *
     * @param text the text
     * @return the ISO 639-3 code and its confidence
     */
    public DetectedLanguage detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        // LanguageDetectorME keeps no state between calls but is cheap to make; one per call is thread-safe.
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        return new DetectedLanguage(best.getLang(), best.getConfidence());
    }

    /**
     * A detected language.
     *
     * @param code       ISO 639-3 code, e.g. {@code eng}
     * @param confidence the model's confidence
     */
    public record DetectedLanguage(String code, double confidence) {
    }
}
