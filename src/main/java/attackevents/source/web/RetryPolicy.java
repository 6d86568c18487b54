package attackevents.source.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When and how long to wait before trying a request again: exponential back-off from {@code baseDelay}
 * (base, 2×base, 4×base, …), every wait capped at {@code maxDelay}, at most {@code maxRetries} retries.
 *
 * @param maxRetries how many times a request may be repeated after its first attempt (0 = never)
 * @param baseDelay  the wait before the first retry
 * @param maxDelay   the longest single wait, also the cap on a server's {@code Retry-After}
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {
    /** The command's defaults: 3 retries, waits of 1 s, 2 s, 4 s, a server's Retry-After honoured up to 60 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /**
     * Whether an HTTP status is worth retrying: 429 (too many requests) and 5xx (server trouble). Other 4xx
     * are the client's problem and come out the same next time.
     *
     * @param status the HTTP status code
     * @return whether to retry
     */
    public static boolean retryable(int status) {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * The back-off before a retry.
     *
     * @param retry which retry this is, from 1
     * @return {@code baseDelay × 2^(retry-1)}, capped at {@code maxDelay}
     */
    public Duration backoff(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1: " + retry);
        }
        int shift = Math.min(retry - 1, 30); // beyond 2^30 the cap has long been reached
        long millis = baseDelay.toMillis() << shift;
        if (millis < 0 || millis > maxDelay.toMillis()) {
            return maxDelay;
        }
        return Duration.ofMillis(millis);
    }

    /**
     * The wait before a retry, taking a server's {@code Retry-After} into account when it gave one.
     *
     * @param retry      which retry this is, from 1
     * @param retryAfter the {@code Retry-After} header value, or {@code null}
     * @param now        the current time (to turn an HTTP-date into a wait)
     * @return the server's wait when it gave a readable one, else the back-off; capped at {@code maxDelay}
     */
    public Duration waitBefore(int retry, String retryAfter, Instant now) {
        Objects.requireNonNull(now, "now");
        return parseRetryAfter(retryAfter, now)
                .map(d -> d.compareTo(maxDelay) > 0 ? maxDelay : d)
                .orElseGet(() -> backoff(retry));
    }

    /**
     * Reads a {@code Retry-After} header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date.
     *
     * @param value the header value, or {@code null}
     * @param now   the current time
     * @return the wait it asks for (zero for a date in the past), or empty when absent or unreadable
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException tooBig) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
