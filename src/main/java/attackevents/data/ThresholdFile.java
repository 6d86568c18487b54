package attackevents.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import opennlp.tools.util.model.BaseModel;

/**
 * The properties file beside a trained model that stores the threshold it is used at ({@code x/muc4-roles.bin} →
 * {@code x/muc4-roles.properties}, key {@code threshold}), shared by the relevance classifier and the role tagger.
 */
public final class ThresholdFile {
    private ThresholdFile() {
    }

    /**
     * @param model a model file, e.g. {@code x/muc4-relevance.bin}
     * @return the properties file beside it, e.g. {@code x/muc4-relevance.properties}
     */
    public static Path of(Path model) {
        String name = model.getFileName().toString();
        String stem = name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
        return model.resolveSibling(stem + ".properties");
    }

    /**
     * @param model    a model file
     * @param fallback the threshold when there is no properties file or it has no {@code threshold} key
     * @return the threshold stored beside the model, else {@code fallback}
     * @throws IOException when the properties file exists but cannot be read or its threshold is no number
     */
    public static double read(Path model, double fallback) throws IOException {
        Path props = of(Objects.requireNonNull(model, "model"));
        if (!Files.isRegularFile(props)) {
            return fallback;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(props)) {
            p.load(in);
        }
        String value = p.getProperty("threshold");
        try {
            return value == null ? fallback : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IOException(props + ": threshold is not a number: " + value, e);
        }
    }

    /**
     * Writes a trained model and, beside it, the properties file holding its threshold.
     *
     * @param model     the model
     * @param file      the {@code .bin} file to write (folders are created)
     * @param what      what the threshold is for, named in the file's comment ("Relevance threshold")
     * @param threshold the threshold to store
     * @param note      a one-line comment saying how the model was made
     * @throws IOException when writing fails
     */
    public static void saveWithModel(BaseModel model, Path file, String what, double threshold, String note)
            throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(note, "note");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
        try (Writer w = Files.newBufferedWriter(of(file), StandardCharsets.UTF_8)) {
            w.write("# " + what + " for " + file.getFileName() + ": " + note.replaceAll("\\s+", " ") + "\n");
            w.write(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
        }
    }
}
