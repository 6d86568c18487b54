package attackevents.source;

/**
 * Why one input could not be read: its message is the one-line reason that goes into a failed
 * {@link ReadOutcome}. Expected on bad input, so it carries no stack trace.
 */
final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason the one-line reason, e.g. {@code "empty file"} */
    UnreadableInputException(String reason) {
        super(reason, null, false, false);
    }
}
