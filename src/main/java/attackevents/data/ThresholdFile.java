package attackevents.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

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
}
