package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.source.web.LocalServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FetchCommandTest {
    @TempDir
    Path dir;

    private LocalServer server;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        List<String> all = new ArrayList<>(List.of("fetch", "--delay-ms", "0", "--retry-base-ms", "10",
                "--connect-timeout-ms", "300", "--read-timeout-ms", "700"));
        all.addAll(List.of(args));
        return cmd.execute(all.toArray(String[]::new));
    }

    private String errLines() {
        return err.toString().strip();
    }

    @Test
    void fetchesAndSummarises() throws IOException {
        server.html("/a.html", "<p>a</p>");
        Path out = dir.resolve("corpus");
        assertEquals(0, run("-o", out.toString(), server.url("/a.html"), server.url("/gone.html")));
        assertEquals("fetched 1, skipped 0 (already stored), failed 1 (see fetch-errors.jsonl)", errLines());
        assertTrue(Files.exists(out.resolve("fetch-errors.jsonl")));
        err.getBuffer().setLength(0);
        assertEquals(0, run("-o", out.toString(), server.url("/a.html")));
        assertEquals("fetched 0, skipped 1 (already stored), failed 0 (see fetch-errors.jsonl)", errLines());
    }

    @Test
    void readsUrlsFromAFile() throws IOException {
        server.html("/a.html", "<p>a</p>");
        server.html("/b.html", "<p>b</p>");
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# two pages\n" + server.url("/a.html") + "\n\n  " + server.url("/b.html") + "  \n");
        assertEquals(0, run("-o", dir.resolve("c").toString(), "--urls", list.toString()));
        assertEquals("fetched 2, skipped 0 (already stored), failed 0 (see fetch-errors.jsonl)", errLines());
    }

    @Test
    void missingOutputIsAUserError() {
        assertEquals(2, run(server.url("/a.html")));
        assertTrue(errLines().contains("Missing required option: '--output=CORPUS_DIR'"), errLines());
        assertTrue(server.hits().isEmpty());
    }

    @Test
    void badUrlIsAUserErrorBeforeAnythingIsFetched() {
        server.html("/a.html", "<p>a</p>");
        assertEquals(2, run("-o", dir.toString(), server.url("/a.html"), "ftp://127.0.0.1/x"));
        assertEquals("fetch: not an http(s) URL: ftp://127.0.0.1/x", errLines());
        assertTrue(server.hits().isEmpty());
    }

    @Test
    void missingUrlsFileIsAUserError() {
        assertEquals(2, run("-o", dir.toString(), "--urls", dir.resolve("nope.txt").toString()));
        assertEquals("fetch: no such file: " + dir.resolve("nope.txt"), errLines());
    }

    @Test
    void nothingToFetchIsAUserError() {
        assertEquals(2, run("-o", dir.toString()));
        assertEquals("fetch: nothing to fetch: give URLs, --urls FILE or --feed URL", errLines());
    }

    @Test
    void anOutputThatIsAFileIsAUserError() throws IOException {
        Path file = Files.writeString(dir.resolve("corpus"), "x");
        assertEquals(2, run("-o", file.toString(), server.url("/a.html")));
        assertEquals("fetch: not a folder: " + file, errLines());
        assertTrue(server.hits().isEmpty());
    }

    @Test
    void badOptionValueIsAUserError() {
        assertEquals(2, run("-o", dir.toString(), "--max-redirects", "-1", server.url("/a.html")));
        assertEquals("fetch: bad option: maxRedirects must be >= 0: -1", errLines());
    }

    @Test
    void fetchesAFeed() throws IOException {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>One</title><link>"
                + server.url("/one.html") + "</link><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>"
                + "</channel></rss>";
        server.page("/feed", 200, "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
        server.html("/one.html", "<p>one</p>");
        assertEquals(0, run("-o", dir.toString(), "--feed", server.url("/feed")));
        assertEquals("fetched 1, skipped 0 (already stored), failed 0 (see fetch-errors.jsonl)", errLines());
        assertFalse(Files.exists(dir.resolve("fetch-errors.jsonl")));
    }
}
