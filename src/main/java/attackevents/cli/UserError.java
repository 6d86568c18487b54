package attackevents.cli;

/** A mistake of the user's (a missing file, a bad option value): reported as one line, exit code 2. */
public final class UserError extends RuntimeException {
    /** @param message the one-line reason shown to the user */
    public UserError(String message) {
        super(message);
    }
}
