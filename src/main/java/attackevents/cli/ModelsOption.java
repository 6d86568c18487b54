package attackevents.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --models DIR} option shared by the commands that read data files. Without it the folder is
 * looked for in {@code $ATTACK_EVENTS_MODELS}, then {@code ./models}, then beside the jar's folder
 * ({@code target/../models} when run from a build).
 */
final class ModelsOption {
    @Option(names = "--models", paramLabel = "DIR",
            description = "Folder of models and data files (default: $ATTACK_EVENTS_MODELS, ./models, or the one "
                    + "beside the jar's folder).")
    Path models;

    /** @return the models folder to use */
    Path resolve() {
        if (models != null) {
            return require(models);
        }
        String env = System.getenv("ATTACK_EVENTS_MODELS");
        if (env != null && !env.isBlank()) {
            return require(Path.of(env));
        }
        Path here = Path.of("models");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(ModelsOption.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent() == null ? null : jar.getParent().resolveSibling("models");
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the error below
        }
        throw new UserError("no models folder found: run from the project folder or give --models DIR");
    }

    private static Path require(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError("models folder not found: " + dir);
        }
        return dir;
    }
}
