package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private final List<String> loaded = new ArrayList<>();

    private Function<String, FetchResult> serving(String robotsTxt) {
        return url -> {
            loaded.add(url);
            return FetchResult.ok(url, new HttpReply(url, 200, "text/plain", null, null, null,
                    robotsTxt.getBytes(StandardCharsets.UTF_8)));
        };
    }

    private Function<String, FetchResult> failing(int status) {
        return url -> {
            loaded.add(url);
            return FetchResult.failed(url, status, "HTTP " + status);
        };
    }

    private static URL url(String s) throws Exception {
        return URI.create(s).toURL();
    }

    private static boolean allowed(RobotsCache cache, String s) throws Exception {
        return cache.rulesFor(url(s)).isAllowed(s);
    }

    @Test
    void ourGroupWinsOverTheStarGroup() throws Exception {
        RobotsCache cache = new RobotsCache(serving("""
                User-agent: *
                Disallow: /

                User-agent: attack-events
                Disallow: /private/
                Allow: /private/public/
                Crawl-delay: 2
                """), FetchOptions.DEFAULT_USER_AGENT);
        assertTrue(allowed(cache, "http://h.test/news/1.html"));
        assertFalse(allowed(cache, "http://h.test/private/x.html"));
        assertTrue(allowed(cache, "http://h.test/private/public/x.html"), "the longer Allow wins");
        assertEquals("disallowed by robots.txt", cache.refusal(url("http://h.test/private/x.html")));
        assertEquals(null, cache.refusal(url("http://h.test/news/1.html")));
        assertEquals(Duration.ofSeconds(2), cache.crawlDelay(url("http://h.test/")));
    }

    @Test
    void otherRobotsGroupsDoNotApplyToUs() throws Exception {
        RobotsCache cache = new RobotsCache(serving("User-agent: otherbot\nDisallow: /\n"),
                FetchOptions.DEFAULT_USER_AGENT);
        assertTrue(allowed(cache, "http://h.test/a"));
        assertEquals(Duration.ZERO, cache.crawlDelay(url("http://h.test/")));
    }

    @Test
    void fetchedOncePerHost() throws Exception {
        RobotsCache cache = new RobotsCache(serving("User-agent: *\nDisallow: /x\n"), FetchOptions.DEFAULT_USER_AGENT);
        allowed(cache, "http://h.test/a");
        allowed(cache, "http://h.test/b");
        allowed(cache, "http://other.test/a");
        assertEquals(List.of("http://h.test/robots.txt", "http://other.test/robots.txt"), loaded);
    }

    @Test
    void missingRobotsAllowsAll() throws Exception {
        RobotsCache cache = new RobotsCache(failing(404), FetchOptions.DEFAULT_USER_AGENT);
        assertTrue(allowed(cache, "http://h.test/anything"));
    }

    @Test
    void unreachableRobotsAllowsNothingForNow() throws Exception {
        RobotsCache cache = new RobotsCache(failing(503), FetchOptions.DEFAULT_USER_AGENT);
        assertFalse(allowed(cache, "http://h.test/anything"));
        RobotsCache silent = new RobotsCache(failing(0), FetchOptions.DEFAULT_USER_AGENT);
        assertFalse(allowed(silent, "http://h.test/anything"));
        RobotsCache busy = new RobotsCache(failing(429), FetchOptions.DEFAULT_USER_AGENT);
        assertFalse(allowed(busy, "http://h.test/anything"));
        assertEquals("robots.txt unavailable (HTTP 429)", busy.refusal(url("http://h.test/anything")));
    }

    @Test
    void robotNameIsTheProductToken() {
        assertEquals("attack-events", RobotsCache.robotName(FetchOptions.DEFAULT_USER_AGENT));
        assertEquals("mybot", RobotsCache.robotName("MyBot"));
    }
}
