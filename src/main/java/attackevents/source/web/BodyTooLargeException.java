package attackevents.source.web;

import java.io.IOException;

/** A response body longer than the configured maximum: a failure, never a truncated page. */
public final class BodyTooLargeException extends IOException {
    /** @param maxBytes the maximum that was exceeded */
    public BodyTooLargeException(long maxBytes) {
        super("body larger than " + maxBytes + " bytes");
    }
}
