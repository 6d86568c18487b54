package attackevents.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns I/O exceptions into the one-line reasons of failed reads. */
final class IoErrors {
    private IoErrors() {
    }

    /**
     * @param e what went wrong
     * @return a one-line reason without the path (the outcome carries the path already)
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        // A FileSystemException's message repeats the path; its reason alone is the useful part.
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return oneLine(fse.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    /**
     * @param text any message
     * @return the message on one line, whitespace runs collapsed
     */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
