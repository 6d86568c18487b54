package attackevents.source.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * robots.txt rules per host, fetched once per host and parsed with crawler-commons'
 * {@link SimpleRobotRulesParser} (user-agent groups, Allow/Disallow by longest match, wildcards).
 * As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be fetched (5xx,
 * 429, no answer) allows nothing for now.
 */
public final class RobotsCache {
    private final Function<String, FetchResult> loader;
    private final String robotName;
    private final Map<String, HostRules> rules = new ConcurrentHashMap<>();

    /** A host's rules, and why its robots.txt could not be had (or {@code null}). */
    private record HostRules(BaseRobotRules rules, String problem) {
    }

    /**
     * @param loader    fetches a robots.txt URL (with retries and redirects, without a robots check)
     * @param userAgent our User-Agent; its product token (before the first '/') is matched against groups
     */
    public RobotsCache(Function<String, FetchResult> loader, String userAgent) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.robotName = robotName(Objects.requireNonNull(userAgent, "userAgent"));
    }

    /**
     * The rules for a URL's host, fetching its robots.txt the first time the host is seen.
     *
     * @param url an absolute http(s) URL
     * @return the rules that apply to us
     */
    public BaseRobotRules rulesFor(URL url) {
        return hostRules(url).rules();
    }

    /**
     * Why a URL may not be fetched, if robots.txt keeps us from it.
     *
     * @param url an absolute http(s) URL
     * @return {@code null} when allowed, else a one-line reason (naming what went wrong when robots.txt
     *         itself could not be fetched)
     */
    public String refusal(URL url) {
        HostRules host = hostRules(url);
        if (host.rules().isAllowed(url.toString())) {
            return null;
        }
        return host.problem() == null ? "disallowed by robots.txt" : "robots.txt unavailable (" + host.problem() + ")";
    }

    private HostRules hostRules(URL url) {
        Objects.requireNonNull(url, "url");
        return rules.computeIfAbsent(HostThrottle.hostKey(url), host -> load(url));
    }

    /**
     * The wait robots.txt asks for between requests ({@code Crawl-delay}), if any.
     *
     * @param url an absolute http(s) URL
     * @return the crawl delay, or {@link Duration#ZERO} when none is set
     */
    public Duration crawlDelay(URL url) {
        long ms = rulesFor(url).getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }

    private HostRules load(URL url) {
        String robotsUrl = url.getProtocol() + "://" + url.getAuthority() + "/robots.txt";
        FetchResult result = loader.apply(robotsUrl);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        if (result.ok()) {
            return new HostRules(parser.parseContent(robotsUrl, result.body(),
                    result.contentType() == null ? "text/plain" : result.contentType(), List.of(robotName)), null);
        }
        // no answer at all, or "too many requests" that outlived the retries, count as the server being
        // unavailable (allow nothing for now), not as a missing robots.txt (allow all)
        int status = result.status() == 0 || result.status() == 429 ? 503 : result.status();
        return new HostRules(parser.failedFetch(status), result.failure());
    }

    /** "attack-events/0.1 (+https://…)" → "attack-events": robots.txt groups name the product token. */
    static String robotName(String userAgent) {
        String token = userAgent.trim().split("[/\\s]", 2)[0];
        if (token.isEmpty()) {
            throw new IllegalArgumentException("no product token in user agent: " + userAgent);
        }
        return token.toLowerCase(Locale.ROOT);
    }
}
