package attackevents.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;

/**
 * Loading models for a command: a models folder that is missing, incomplete or unreadable (or a relevance model
 * that cannot be read) is the user's to fix, so it is reported as a {@link UserError} that says it was the
 * loading that failed, naming the file.
 */
final class ModelLoading {
    private static final String PREFIX = "cannot load models: ";

    private ModelLoading() {
    }

    /**
     * Runs a loader.
     *
     * @param loader builds something from the models folder ({@code AttackEvents.create}, a cleaner, ...)
     * @param <T>    what it builds
     * @return what it built
     * @throws UserError when a data file cannot be read or is not what it should be
     */
    static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (UncheckedIOException e) {
            throw new UserError(PREFIX + reason(e));
        } catch (IllegalArgumentException e) {
            throw new UserError(PREFIX + oneLine(e));
        }
    }

    /** The file system's word when it has one ("missing data file X"), else the loader's own message. */
    private static String reason(UncheckedIOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException f) {
                return "missing data file " + f.getFile();
            }
            if (t instanceof FileSystemException f) {
                return "cannot read " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : "");
            }
        }
        return oneLine(e.getCause() != null ? e.getCause() : e);
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
