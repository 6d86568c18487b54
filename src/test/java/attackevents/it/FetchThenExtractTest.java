package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.cli.CommandRun;
import attackevents.source.ArticleIds;
import attackevents.source.web.LocalServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's promise, end to end through the command line: {@code fetch} from a web server, then {@code extract}
 * on the corpus folder, gives the same records as {@code extract} on the same pages read from disk; only where
 * they were read from (id, source, url) differs. The server is a local one on the loopback address.
 */
class FetchThenExtractTest {
    @TempDir
    static Path dir;

    private static LocalServer server;
    private static Map<String, JsonNode> fromDisk;

    @BeforeAll
    static void serveAndExtractFromDisk() throws IOException {
        server = new LocalServer();
        for (String name : NewsPages.NAMES) {
            server.html("/news/" + name + ".html", NewsPages.html(name));
        }
        // Served as many older sites serve pages, in windows-1252 (its curly quotes are not ASCII): the corpus
        // stores it as UTF-8 and must read it back as such.
        server.page("/news/" + NewsPages.LEGACY + ".html", 200, "text/html; charset=windows-1252",
                NewsPages.windows1252(NewsPages.LEGACY));
        Path disk = NewsPages.writeTo(dir.resolve("disk"));
        fromDisk = NewsPages.byId(NewsPages.extract(dir.resolve("disk.jsonl"), disk));
        assertEquals(NewsPages.NAMES, List.copyOf(fromDisk.keySet()));
        for (JsonNode record : fromDisk.values()) {
            // Without events on the disk side, "the same events" would prove nothing.
            assertFalse(record.get("events").isEmpty(), "no events from the disk page: " + record);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void fetchedPagesGiveTheSameRecordsAsThePagesOnDisk() throws IOException {
        Path corpus = dir.resolve("corpus");
        List<Object> args = new ArrayList<>(List.of("fetch", "--delay-ms", "1", "-o", corpus));
        NewsPages.NAMES.forEach(name -> args.add(url(name, "")));
        CommandRun fetch = CommandRun.of(args.toArray());
        assertEquals(0, fetch.code(), fetch.err());
        assertEquals("fetched 3, skipped 0 (already stored), failed 0 (see fetch-errors.jsonl)", fetch.err().strip());

        assertSameAsDisk(corpus, dir.resolve("fetched.jsonl"), "");
    }

    @Test
    void pagesFetchedThroughAFeedGiveTheSameRecordsAsThePagesOnDisk() throws IOException {
        // Feeds tag their links; the feed's titles and dates are the pages' own, as news feeds' are.
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Test Wire</title><link>" + server.url("/") + "</link>\n");
        for (String name : NewsPages.NAMES) {
            JsonNode page = fromDisk.get(name);
            rss.append("<item><title>").append(page.get("title").asText()).append("</title><link>")
                    .append(url(name, "?utm_source=rss")).append("</link><pubDate>")
                    .append(rfc1123(page.get("published").asText())).append("</pubDate></item>\n");
        }
        rss.append("</channel></rss>\n");
        server.page("/rss.xml", 200, "application/rss+xml; charset=utf-8", rss.toString().getBytes(StandardCharsets.UTF_8));
        Path corpus = dir.resolve("feed-corpus");

        CommandRun fetch = CommandRun.of("fetch", "--delay-ms", "1", "-o", corpus, "--feed", server.url("/rss.xml"));
        assertEquals(0, fetch.code(), fetch.err());
        assertEquals("fetched 3, skipped 0 (already stored), failed 0 (see fetch-errors.jsonl)", fetch.err().strip());

        assertSameAsDisk(corpus, dir.resolve("feed.jsonl"), "?utm_source=rss");
    }

    /** Extracts from the fetched corpus and checks its records page by page, in the pages' order, against the disk's. */
    private static void assertSameAsDisk(Path corpus, Path out, String query) throws IOException {
        assertFalse(Files.exists(corpus.resolve("fetch-errors.jsonl")), "a fetch failed");
        List<JsonNode> fetched = NewsPages.extract(out, corpus);
        assertEquals(NewsPages.NAMES.size(), fetched.size(), "one record per fetched page, sidecars passed over");
        for (String name : NewsPages.NAMES) {
            String url = url(name, query);
            JsonNode record = fetched.stream().filter(r -> url.equals(r.get("url").asText(null))).findFirst()
                    .orElseThrow(() -> new AssertionError("no record with url " + url + " in " + fetched));
            assertEquals(ArticleIds.fromUrl(url), record.get("id").asText());
            assertNull(record.get("error").textValue(), name);
            assertNotNull(record.get("published").textValue(), name + ": the page's date reached the record");
            assertEquals(NewsPages.content(fromDisk.get(name)), NewsPages.content(record), name);
        }
    }

    private static String url(String name, String query) {
        return server.url("/news/" + name + ".html" + query);
    }

    /** @return an ISO date as an RSS {@code pubDate} at noon UTC on that day */
    private static String rfc1123(String isoDate) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(LocalDate.parse(isoDate).atTime(12, 0)
                .atOffset(ZoneOffset.UTC));
    }
}
