package attackevents.source.web;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Fetches one URL politely: robots.txt checked for every hop, requests to a host one at a time with a delay,
 * transient failures (time-outs, connection errors, 429, 5xx) retried with back-off, redirects followed up to
 * a limit, bodies over the size limit refused. Never throws for a network problem: it comes back as a failed
 * {@link FetchResult}.
 */
public final class Fetcher {
    /** The longest robots.txt {@code Crawl-delay} obeyed; a site asking for more gets this. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    private final FetchOptions options;
    private final HttpGetter http;
    private final HostThrottle throttle;
    private final RobotsCache robots;
    private final Clock clock;

    /** @param options the network settings */
    public Fetcher(FetchOptions options) {
        this(options, Clock.systemUTC());
    }

    /**
     * @param options the network settings
     * @param clock   the clock used to read HTTP-date {@code Retry-After} values
     */
    public Fetcher(FetchOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new HttpGetter(options);
        this.throttle = new HostThrottle(options.hostDelay());
        this.robots = new RobotsCache(this::fetchWithoutRobots, options.userAgent());
    }

    /**
     * Fetches a URL, obeying robots.txt.
     *
     * @param url an absolute http(s) URL
     * @return the page, or the reason there is none
     */
    public FetchResult fetch(String url) {
        return fetch(url, true);
    }

    private FetchResult fetchWithoutRobots(String url) {
        return fetch(url, false);
    }

    private FetchResult fetch(String url, boolean obeyRobots) {
        Objects.requireNonNull(url, "url");
        Set<String> seen = new HashSet<>();
        String current = url;
        seen.add(current);
        for (int redirects = 0; ; redirects++) {
            URL parsed;
            try {
                parsed = parse(current);
            } catch (IllegalArgumentException e) {
                return FetchResult.failed(url, 0, e.getMessage());
            }
            if (obeyRobots) {
                String refusal = robotsRefusal(parsed);
                if (refusal != null) {
                    return FetchResult.failed(url, 0, refusal + ": " + current);
                }
            }
            HttpReply reply;
            try {
                reply = getWithRetries(parsed);
            } catch (Failure f) {
                return FetchResult.failed(url, f.status, f.getMessage());
            }
            if (reply.redirect()) {
                String next;
                try {
                    next = parsed.toURI().resolve(reply.location().trim()).toString();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return FetchResult.failed(url, reply.status(), "bad redirect location: " + reply.location());
                }
                if (!seen.add(next)) {
                    return FetchResult.failed(url, reply.status(), "redirect loop at " + next);
                }
                if (redirects + 1 > options.maxRedirects()) {
                    return FetchResult.failed(url, reply.status(),
                            "too many redirects (more than " + options.maxRedirects() + ")");
                }
                current = next;
                continue;
            }
            if (!reply.success()) {
                return FetchResult.failed(url, reply.status(), "HTTP " + reply.status());
            }
            return FetchResult.ok(url, reply);
        }
    }

    /** @return why robots.txt keeps us from this URL, or {@code null} when it may be fetched */
    private String robotsRefusal(URL url) {
        Duration crawlDelay = robots.crawlDelay(url);
        if (!crawlDelay.isZero()) {
            throttle.atLeast(HostThrottle.hostKey(url),
                    crawlDelay.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : crawlDelay);
        }
        return robots.refusal(url);
    }

    /**
     * One hop: the request, repeated on transient trouble. A response with a status not worth retrying (or
     * the last one) is returned; a network problem that outlives the retries becomes a {@link Failure}.
     */
    private HttpReply getWithRetries(URL url) throws Failure {
        String key = HostThrottle.hostKey(url);
        RetryPolicy policy = options.retry();
        int attempts = policy.maxRetries() + 1;
        for (int attempt = 1; ; attempt++) {
            String retryAfter = null;
            String problem;
            try {
                HttpReply reply = throttle.call(key, () -> http.get(url.toString()));
                if (!RetryPolicy.retryable(reply.status())) {
                    return reply;
                }
                if (attempt == attempts) {
                    throw new Failure(reply.status(), "HTTP " + reply.status() + giveUp(attempts));
                }
                retryAfter = reply.retryAfter();
                problem = null;
            } catch (BodyTooLargeException e) {
                throw new Failure(0, e.getMessage()); // the same body next time: no retry
            } catch (UnknownHostException e) {
                throw new Failure(0, "unknown host " + url.getHost());
            } catch (SocketTimeoutException | HttpTimeoutException e) {
                // jsoup's HttpClient executor throws HttpTimeoutException, its HttpURLConnection one and its
                // body reader SocketTimeoutException
                problem = "timed out";
            } catch (InterruptedIOException e) {
                throw new Failure(0, "interrupted");
            } catch (IOException e) {
                problem = "connection error: " + e.getMessage();
            }
            if (problem != null && attempt == attempts) {
                throw new Failure(0, problem + giveUp(attempts));
            }
            Duration wait = policy.waitBefore(attempt, retryAfter, clock.instant());
            try {
                HostThrottle.sleepNanos(wait.toNanos());
            } catch (InterruptedIOException e) {
                throw new Failure(0, "interrupted");
            }
        }
    }

    private static String giveUp(int attempts) {
        return attempts == 1 ? "" : " (gave up after " + attempts + " attempts)";
    }

    /**
     * Checks that a string is an absolute http(s) URL.
     *
     * @param url the text
     * @return the URL
     * @throws IllegalArgumentException with a one-line reason when it is not
     */
    public static URL parse(String url) {
        Objects.requireNonNull(url, "url");
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("not an http(s) URL: " + url);
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("no host in URL: " + url);
            }
            return uri.toURL();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalArgumentException("bad URL: " + url + " (" + e.getMessage() + ")");
        }
    }

    /** A hop that failed for good, with the last status seen (0 when none). */
    private static final class Failure extends Exception {
        final int status;

        Failure(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }
    }
}
