package attackevents.source.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fetcher behaves on the network, as set from the command line.
 *
 * @param userAgent      the User-Agent sent with every request and matched against robots.txt groups
 * @param connectTimeout the time allowed to connect (see {@link #requestTimeout()})
 * @param readTimeout    the time allowed to read the response (see {@link #requestTimeout()})
 * @param maxBodyBytes   the largest body accepted; a larger one is a failure, never a truncated page
 * @param maxRedirects   how many redirects one fetch follows
 * @param hostDelay      the least time between two requests to the same host
 * @param retry          when to retry and how long to wait
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBodyBytes,
                           int maxRedirects, Duration hostDelay, RetryPolicy retry) {
    /** The User-Agent used unless another is given: names the tool and where to read about it. */
    public static final String DEFAULT_USER_AGENT = "attack-events/0.1 (+https://example.invalid/attack-events)";

    /** The command's defaults: 10 s connect, 30 s read, 10 MB, 10 redirects, 1 s between requests to a host. */
    public static final FetchOptions DEFAULT = new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 10L * 1024 * 1024, 10, Duration.ofSeconds(1), RetryPolicy.DEFAULT);

    public FetchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(hostDelay, "hostDelay");
        Objects.requireNonNull(retry, "retry");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("time-outs must be positive");
        }
        // jsoup counts the body size in an int, and we ask it for one byte more than the limit
        if (maxBodyBytes < 1 || maxBodyBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + (Integer.MAX_VALUE - 1));
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0: " + maxRedirects);
        }
        if (hostDelay.isNegative()) {
            throw new IllegalArgumentException("hostDelay must not be negative");
        }
        // fields are not assigned yet in a compact constructor: add the parameters
        if (connectTimeout.plus(readTimeout).toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("time-outs too large");
        }
    }

    /**
     * The time-out handed to jsoup. jsoup's {@code Connection.timeout} is one budget for a whole request
     * (connecting and reading the full response), not two, so the fetcher gives it the sum of both.
     *
     * @return {@code connectTimeout + readTimeout}
     */
    public Duration requestTimeout() {
        return connectTimeout.plus(readTimeout);
    }
}
