package attackevents.source.web;

import attackevents.source.ArticleIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchJobTest {
    @TempDir
    Path dir;

    private LocalServer server;
    private CorpusStore store;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
        store = new CorpusStore(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchJob job() {
        return new FetchJob(new Fetcher(FetcherTest.fastOptions()), store, Clock.systemUTC());
    }

    private FetchSummary run(String... paths) throws IOException {
        return job().run(List.of(paths).stream().map(p -> FetchTarget.of(server.url(p))).toList());
    }

    private JsonNode meta(String path) throws IOException {
        return Json.mapper().readTree(store.metaPath(ArticleIds.fromUrl(server.url(path))).toFile());
    }

    private String storedText(String path, String selector) throws IOException {
        String html = Files.readString(store.htmlPath(ArticleIds.fromUrl(server.url(path))), StandardCharsets.UTF_8);
        return Jsoup.parse(html).selectFirst(selector).text();
    }

    @Test
    void storesPagesAndRecordsFailuresWithoutStopping() throws IOException {
        server.html("/a.html", "<html><head><title>A</title></head><body><p>first</p></body></html>");
        server.html("/c.html", "<p>third</p>");
        FetchSummary summary = run("/a.html", "/missing.html", "/c.html");
        assertEquals(new FetchSummary(2, 0, 1), summary);
        assertEquals("first", storedText("/a.html", "p"));
        JsonNode meta = meta("/a.html");
        assertEquals(server.url("/a.html"), meta.get("url").asText());
        assertEquals(server.url("/a.html"), meta.get("finalUrl").asText());
        assertEquals(200, meta.get("status").asInt());
        assertEquals("text/html; charset=utf-8", meta.get("contentType").asText());
        assertEquals("UTF-8", meta.get("charset").asText());
        assertTrue(meta.get("fetchedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertTrue(meta.get("published").isNull());
        List<String> errors = Files.readAllLines(store.errorsFile());
        assertEquals(1, errors.size());
        JsonNode error = Json.mapper().readTree(errors.get(0));
        assertEquals(server.url("/missing.html"), error.get("url").asText());
        assertEquals("HTTP 404", error.get("reason").asText());
    }

    @Test
    void secondRunSkipsWhatIsStored() throws IOException {
        server.html("/a.html", "<p>a</p>");
        server.html("/b.html", "<p>b</p>");
        assertEquals(new FetchSummary(2, 0, 0), run("/a.html", "/b.html"));
        assertEquals(new FetchSummary(0, 2, 0), run("/a.html", "/b.html"));
        assertEquals(1, server.hits("/a.html").size());
        assertEquals(1, server.hits("/b.html").size());
    }

    @Test
    void interruptedRunIsResumed() throws IOException {
        server.html("/a.html", "<p>a</p>");
        server.html("/b.html", "<p>b</p>");
        run("/a.html", "/b.html");
        // a run cut off between the page and its sidecar
        Files.delete(store.metaPath(ArticleIds.fromUrl(server.url("/b.html"))));
        assertEquals(new FetchSummary(1, 1, 0), run("/a.html", "/b.html"));
        assertEquals(2, server.hits("/b.html").size());
        assertTrue(store.has(ArticleIds.fromUrl(server.url("/b.html"))));
    }

    @Test
    void utf8PageBehindLatin1HeaderIsStoredCorrectly() throws IOException {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Explosión en Bogotá</p></body></html>";
        server.page("/mixed.html", 200, "text/html; charset=ISO-8859-1", html.getBytes(StandardCharsets.UTF_8));
        run("/mixed.html");
        assertEquals("Explosión en Bogotá", storedText("/mixed.html", "p"));
        assertEquals("UTF-8", meta("/mixed.html").get("charset").asText());
    }

    @Test
    void latin1PageIsStoredAsUtf8() throws IOException {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Attentat à Lyon</p></body></html>";
        server.page("/latin.html", 200, "text/html", html.getBytes(StandardCharsets.ISO_8859_1));
        run("/latin.html");
        assertEquals("Attentat à Lyon", storedText("/latin.html", "p"));
        assertEquals("windows-1252", meta("/latin.html").get("charset").asText());
    }

    @Test
    void nonHtmlIsAFailure() throws IOException {
        server.page("/doc.pdf", 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'});
        assertEquals(new FetchSummary(0, 0, 1), run("/doc.pdf"));
        assertTrue(Files.readString(store.errorsFile()).contains("not an HTML page (Content-Type application/pdf)"));
    }

    private void serveFeed(String path, String fixture, String contentType) throws IOException {
        String xml = new String(FeedReaderTest.fixture(fixture), StandardCharsets.UTF_8)
                .replace("http://127.0.0.1/", server.url("/"));
        server.page(path, 200, contentType, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rssFeedArticlesAreFetchedWithTheirItemData() throws IOException {
        serveFeed("/rss.xml", "rss.xml", "application/rss+xml");
        server.html("/news/market-bomb.html", "<p>market</p>");
        server.html("/news/convoy.html", "<p>convoy</p>");
        FetchSummary summary = job().runFeed(server.url("/rss.xml"));
        assertEquals(new FetchSummary(2, 0, 0), summary);
        JsonNode meta = meta("/news/market-bomb.html");
        assertEquals("Example Wire – World", meta.get("feedTitle").asText());
        assertEquals("Bomb hits market in Northtown", meta.get("title").asText());
        assertEquals("2003-06-10", meta.get("published").asText());
        assertEquals("2003-06-11", meta("/news/convoy.html").get("published").asText());
        assertEquals("convoy", storedText("/news/convoy.html", "p"));
    }

    @Test
    void atomFeedArticlesAreFetchedWithTheirEntryData() throws IOException {
        serveFeed("/atom.xml", "atom.xml", "application/atom+xml");
        server.html("/atom/checkpoint.html", "<p>checkpoint</p>");
        server.html("/atom/embassy.html", "<p>embassy</p>");
        assertEquals(new FetchSummary(2, 0, 0), job().runFeed(server.url("/atom.xml")));
        JsonNode meta = meta("/atom/checkpoint.html");
        assertEquals("Example Atom Desk", meta.get("feedTitle").asText());
        assertEquals("Suicide bomber strikes checkpoint", meta.get("title").asText());
        assertEquals("2003-12-13", meta.get("published").asText());
        assertEquals(0, server.hits("/edit/1").size());
        assertEquals(0, server.hits("/atom/embassy.mp3").size());
    }

    @Test
    void feedThatIsNotAFeedIsOneFailure() throws IOException {
        server.html("/page.html", "<p>not a feed</p>");
        assertEquals(new FetchSummary(0, 0, 1), job().runFeed(server.url("/page.html")));
        assertTrue(Files.readString(store.errorsFile()).contains("feed: not an RSS 2.0 or Atom feed"));
        assertFalse(Files.exists(store.htmlPath(ArticleIds.fromUrl(server.url("/page.html")))));
    }
}
