package attackevents.cli;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Turns the exceptions of reading gold, predictions and models into the user's one-line message. */
final class InputErrors {
    private InputErrors() {
    }

    /**
     * @param e what reading threw: an I/O problem, a malformed file, a bad value
     * @return the one-line user error, e.g. {@code gold folder not found: keys/}
     */
    static UserError toUserError(Exception e) {
        if (e instanceof NoSuchFileException n) {
            return new UserError((n.getReason() != null ? n.getReason() : "no such file") + ": " + n.getFile());
        }
        if (e instanceof FileSystemException f) {
            return new UserError("cannot read " + f.getFile()
                    + (f.getReason() != null ? ": " + f.getReason() : ""));
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new UserError(message.replaceAll("\\s+", " ").strip());
    }

    /**
     * @param paths input files and folders named on the command line
     * @throws UserError naming the first that does not exist
     */
    static void requireExisting(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserError("no such file or folder: " + p);
            }
        }
    }
}
