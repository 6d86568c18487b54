package attackevents.relevance;

import attackevents.data.ThresholdFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;

/** A freshly trained relevance model: use it, or save it with its threshold for {@link RelevanceClassifier#load}. */
public final class RelevanceModel {
    private final DoccatModel model;

    RelevanceModel(DoccatModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param threshold the probability of relevance below which an article is skipped
     * @return a classifier over this model
     */
    public RelevanceClassifier classifier(double threshold) {
        return new RelevanceClassifier(model, threshold);
    }

    /**
     * Writes the model and, beside it, its properties file ({@link RelevanceClassifier#propertiesOf}).
     *
     * @param file      the {@code .bin} file to write (folders are created)
     * @param threshold the threshold to store
     * @param note      a comment for the properties file saying how the model was made (one line)
     * @throws IOException when writing fails
     */
    public void save(Path file, double threshold, String note) throws IOException {
        ThresholdFile.saveWithModel(model, Objects.requireNonNull(file, "file"), "Relevance threshold", threshold,
                note);
    }
}
