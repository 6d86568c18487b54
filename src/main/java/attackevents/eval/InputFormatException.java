package attackevents.eval;

import java.io.IOException;

/**
 * A gold or prediction file that cannot be read as its format says; the message is one line naming the file
 * (and the line or field where that helps), fit to show a user as it is.
 */
public final class InputFormatException extends IOException {
    /** @param message the one-line reason, naming the file */
    public InputFormatException(String message) {
        super(message);
    }
}
