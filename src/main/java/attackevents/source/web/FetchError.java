package attackevents.source.web;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of {@code fetch-errors.jsonl}: a URL that could not be fetched.
 *
 * @param url    the URL
 * @param reason a one-line reason
 * @param at     when the attempt ended
 */
public record FetchError(String url, String reason, Instant at) {
    public FetchError {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
