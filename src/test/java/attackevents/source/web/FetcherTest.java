package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
    /** Small time-outs, back-off and delay so the suite runs in seconds. */
    static FetchOptions fastOptions() {
        return new FetchOptions(FetchOptions.DEFAULT_USER_AGENT, Duration.ofMillis(300), Duration.ofMillis(700),
                1024 * 1024, 3, Duration.ZERO, new RetryPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(2)));
    }

    private LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesAPageWithOurUserAgent() {
        server.html("/a.html", "<p>hello</p>");
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/a.html"));
        assertTrue(r.ok(), r.failure());
        assertEquals(200, r.status());
        assertEquals(server.url("/a.html"), r.finalUrl());
        assertEquals("utf-8", r.charset().toLowerCase());
        assertArrayEquals("<p>hello</p>".getBytes(StandardCharsets.UTF_8), r.body());
        assertEquals(FetchOptions.DEFAULT_USER_AGENT, server.hits("/a.html").get(0).userAgent());
    }

    @Test
    void notFoundIsRecordedWithoutRetry() {
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/missing"));
        assertFalse(r.ok());
        assertEquals("HTTP 404", r.failure());
        assertEquals(1, server.hits("/missing").size());
    }

    @Test
    void serverErrorIsRetriedUntilSuccess() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                LocalServer.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.US_ASCII));
            } else {
                LocalServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.US_ASCII));
            }
        });
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/flaky"));
        assertTrue(r.ok(), r.failure());
        assertEquals(2, server.hits("/flaky").size());
    }

    @Test
    void persistentServerErrorGivesUpAfterTheRetries() {
        server.page("/down", 503, "text/plain", "down".getBytes(StandardCharsets.US_ASCII));
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/down"));
        assertEquals("HTTP 503 (gave up after 3 attempts)", r.failure());
        assertEquals(3, server.hits("/down").size());
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.US_ASCII));
            } else {
                LocalServer.send(ex, 200, "text/html", "<p>ok</p>".getBytes(StandardCharsets.US_ASCII));
            }
        });
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/busy"));
        assertTrue(r.ok(), r.failure());
        List<LocalServer.Hit> hits = server.hits("/busy");
        assertEquals(2, hits.size());
        long gapMs = (hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000;
        assertTrue(gapMs >= 950, "waited only " + gapMs + " ms, Retry-After said 1 s");
    }

    @Test
    void silentServerTimesOut() {
        server.on("/silent", server.silent());
        FetchOptions once = withRetries(fastOptions(), 0);
        long start = System.nanoTime();
        FetchResult r = new Fetcher(once).fetch(server.url("/silent"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("timed out", r.failure());
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void timeOutIsRetried() {
        server.on("/silent", server.silent());
        FetchResult r = new Fetcher(withRetries(fastOptions(), 1)).fetch(server.url("/silent"));
        assertEquals("timed out (gave up after 2 attempts)", r.failure());
        assertEquals(2, server.hits("/silent").size());
    }

    @Test
    void deadHostIsRetriedOnceForItsRobotsThenEveryPageFails() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        } // closed: connections to it are refused
        Fetcher fetcher = new Fetcher(fastOptions());
        FetchResult first = fetcher.fetch("http://127.0.0.1:" + port + "/a.html");
        assertTrue(first.failure().startsWith("robots.txt unavailable (connection error: "), first.failure());
        assertTrue(first.failure().contains("(gave up after 3 attempts)"), first.failure());
        FetchResult second = fetcher.fetch("http://127.0.0.1:" + port + "/b.html");
        assertEquals(first.failure().replace("/a.html", "/b.html"), second.failure());
    }

    @Test
    void redirectsAreFollowed() {
        server.on("/old", ex -> redirect(ex, "/new"));
        server.html("/new", "<p>moved</p>");
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/old"));
        assertTrue(r.ok(), r.failure());
        assertEquals(server.url("/old"), r.url());
        assertEquals(server.url("/new"), r.finalUrl());
    }

    @Test
    void redirectLoopIsAFailure() {
        server.on("/a", ex -> redirect(ex, "/b"));
        server.on("/b", ex -> redirect(ex, "/a"));
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/a"));
        assertEquals("redirect loop at " + server.url("/a"), r.failure());
        assertEquals(1, server.hits("/a").size());
        assertEquals(1, server.hits("/b").size());
    }

    @Test
    void tooManyRedirectsIsAFailure() {
        for (int i = 0; i < 10; i++) {
            String next = "/r" + (i + 1);
            server.on("/r" + i, ex -> redirect(ex, next));
        }
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/r0"));
        assertEquals("too many redirects (more than 3)", r.failure());
        assertEquals(0, server.hits("/r5").size());
    }

    @Test
    void hugeStreamedBodyIsRefusedQuickly() {
        long hundredMb = 100L * 1024 * 1024;
        AtomicInteger chunksSent = new AtomicInteger();
        server.on("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: the size is not announced
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < hundredMb; sent += chunk.length) {
                    out.write(chunk);
                    chunksSent.incrementAndGet();
                }
            }
        });
        long start = System.nanoTime();
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/huge"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("body larger than 1048576 bytes", r.failure());
        assertEquals(1, server.hits("/huge").size(), "a too-large body is not retried");
        assertTrue(ms < 5_000, "took " + ms + " ms");
        assertTrue(chunksSent.get() < 800, "the server got to send " + chunksSent.get() + " of 1600 chunks");
    }

    @Test
    void announcedHugeBodyIsRefusedBeforeReading() {
        server.on("/declared", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 100L * 1024 * 1024);
            ex.getResponseBody().write(new byte[1024]);
        });
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/declared"));
        assertEquals("body larger than 1048576 bytes", r.failure());
    }

    @Test
    void bodyExactlyAtTheLimitIsAccepted() {
        byte[] body = new byte[1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        server.page("/limit", 200, "text/html", body);
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/limit"));
        assertTrue(r.ok(), r.failure());
        assertEquals(body.length, r.body().length);
    }

    @Test
    void robotsDisallowedPageIsNeverRequested() {
        server.page("/robots.txt", 200, "text/plain", """
                User-agent: *
                Disallow: /private/
                Allow: /private/open.html
                """.getBytes(StandardCharsets.US_ASCII));
        server.html("/private/secret.html", "<p>secret</p>");
        server.html("/private/open.html", "<p>open</p>");
        Fetcher fetcher = new Fetcher(fastOptions());
        FetchResult secret = fetcher.fetch(server.url("/private/secret.html"));
        FetchResult open = fetcher.fetch(server.url("/private/open.html"));
        assertEquals("disallowed by robots.txt: " + server.url("/private/secret.html"), secret.failure());
        assertTrue(open.ok(), open.failure());
        assertEquals(0, server.hits("/private/secret.html").size());
        assertEquals(1, server.hits("/robots.txt").size(), "robots.txt is fetched once per host");
    }

    @Test
    void robotsIsCheckedForRedirectTargets() {
        server.page("/robots.txt", 200, "text/plain",
                "User-agent: attack-events\nDisallow: /no/\n".getBytes(StandardCharsets.US_ASCII));
        server.on("/yes", ex -> redirect(ex, "/no/page"));
        server.html("/no/page", "<p>no</p>");
        FetchResult r = new Fetcher(fastOptions()).fetch(server.url("/yes"));
        assertFalse(r.ok());
        assertEquals(0, server.hits("/no/page").size());
    }

    @Test
    void requestsToOneHostAreSpacedByTheDelay() {
        server.html("/1", "<p>1</p>");
        server.html("/2", "<p>2</p>");
        server.html("/3", "<p>3</p>");
        FetchOptions o = fastOptions();
        FetchOptions delayed = new FetchOptions(o.userAgent(), o.connectTimeout(), o.readTimeout(),
                o.maxBodyBytes(), o.maxRedirects(), Duration.ofMillis(300), o.retry());
        Fetcher fetcher = new Fetcher(delayed);
        for (String p : List.of("/1", "/2", "/3")) {
            assertTrue(fetcher.fetch(server.url(p)).ok());
        }
        List<LocalServer.Hit> hits = server.hits(); // robots.txt, /1, /2, /3: all the same host
        assertEquals(4, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            long gapMs = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gapMs >= 290, "only " + gapMs + " ms between requests " + (i - 1) + " and " + i);
        }
    }

    @Test
    void parseAcceptsOnlyAbsoluteHttpUrls() {
        assertEquals("127.0.0.1", Fetcher.parse("http://127.0.0.1/x").getHost());
        assertThrows(IllegalArgumentException.class, () -> Fetcher.parse("ftp://127.0.0.1/x"));
        assertThrows(IllegalArgumentException.class, () -> Fetcher.parse("/relative"));
        assertThrows(IllegalArgumentException.class, () -> Fetcher.parse("http://bad host/"));
        assertThrows(IllegalArgumentException.class, () -> Fetcher.parse("http:///nohost"));
    }

    static FetchOptions withRetries(FetchOptions o, int retries) {
        return new FetchOptions(o.userAgent(), o.connectTimeout(), o.readTimeout(), o.maxBodyBytes(),
                o.maxRedirects(), o.hostDelay(), new RetryPolicy(retries, o.retry().baseDelay(), o.retry().maxDelay()));
    }

    private static void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        ex.sendResponseHeaders(302, -1);
    }
}
