package attackevents.cli;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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
            throw new UserError(PREFIX + InputErrors.toUserError(fileProblem(e)).getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError(PREFIX + InputErrors.toUserError(e).getMessage());
        }
    }

    /** @return the file system's own exception when there is one in the chain ("no such file: X"), else the cause */
    private static Exception fileProblem(UncheckedIOException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f) {
                return f;
            }
        }
        return e.getCause();
    }
}
