package attackevents.relevance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(note, "note");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
        try (Writer w = Files.newBufferedWriter(RelevanceClassifier.propertiesOf(file), StandardCharsets.UTF_8)) {
            w.write("# Relevance threshold for " + file.getFileName() + ": " + note.replaceAll("\\s+", " ") + "\n");
            w.write(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
        }
    }
}
