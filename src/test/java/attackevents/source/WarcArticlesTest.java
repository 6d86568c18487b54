package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArticlesTest {
    private static final Instant CAPTURED = Instant.parse("2019-03-15T23:30:00Z");
    private static final String NEWS = "https://www.example.com/news/blast.html";
    private static final long LIMIT = ReaderOptions.DEFAULT_MAX_FILE_BYTES;

    @TempDir
    Path dir;

    @Test
    void readsEachHtml200ResponseAndSkipsEverythingElse() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, warc(WarcCompression.NONE, sampleCrawl()));

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(2, outcomes.size(), outcomes.toString());
        RawArticle first = outcomes.get(0).article();
        assertEquals(ArticleIds.fromUrl(NEWS), first.id());
        assertEquals(NEWS, first.url());
        assertEquals(ContentType.HTML, first.type());
        assertNull(first.published(), "the capture date is no publication date");
        assertTrue(first.source().startsWith(warc + "#<urn:uuid:") || first.source().startsWith(warc + "#urn:uuid:"),
                first.source());
        // Declared windows-1252 in the HTTP header: the euro sign and é decode correctly.
        assertTrue(first.content().contains("Caf\u00e9 blast costs \u20ac5m"), first.content());
        RawArticle second = outcomes.get(1).article();
        assertEquals("https://example.org/xhtml", second.url());
        assertTrue(second.content().contains("\u041f\u0440\u0438"), "charset sniffed from <meta>: " + second.content());
    }

    @Test
    void readsGzippedArchivesRecordByRecord() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, warc(WarcCompression.GZIP, sampleCrawl()));

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(2, outcomes.size(), outcomes.toString());
        assertTrue(outcomes.stream().allMatch(ReadOutcome::ok));
        assertEquals(NEWS, outcomes.get(0).article().url());
    }

    @Test
    void anUnreadableHttpMessageFailsThatRecordOnlyAndReadingGoesOn() throws IOException {
        WarcResponse broken = new WarcResponse.Builder(URI.create("https://example.com/broken"))
                .date(CAPTURED)
                .body(MediaType.HTTP_RESPONSE, "this is not an HTTP message at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .build();
        Path warc = dir.resolve("mixed.warc");
        Files.write(warc, warc(WarcCompression.NONE, List.of(broken, page(NEWS, "text/html", "<p>ok</p>", UTF8()))));

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(2, outcomes.size(), outcomes.toString());
        assertFalse(outcomes.get(0).ok());
        assertEquals(ArticleIds.fromUrl("https://example.com/broken"), outcomes.get(0).id());
        assertTrue(outcomes.get(0).error().startsWith("corrupt HTTP response: "), outcomes.get(0).error());
        assertTrue(outcomes.get(1).ok());
    }

    @Test
    void aTruncatedLastRecordFailsAloneAfterTheRecordsBeforeIt() throws IOException {
        byte[] good = warc(WarcCompression.NONE, List.of(page(NEWS, "text/html", "<p>ok</p>", UTF8())));
        byte[] next = warc(WarcCompression.NONE, List.of(page("https://example.com/next", "text/html", "<p>next</p>", UTF8())));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(good);
        bytes.write(next, 0, next.length - 20); // a download cut short
        Path warc = dir.resolve("truncated.warc");
        Files.write(warc, bytes.toByteArray());

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(2, outcomes.size(), outcomes.toString());
        assertTrue(outcomes.get(0).ok());
        assertEquals(ArticleIds.fromUrl("https://example.com/next"), outcomes.get(1).id());
        assertTrue(outcomes.get(1).error().startsWith("corrupt HTTP response: "), outcomes.get(1).error());
    }

    @Test
    void aBrokenStretchIsOneFailedOutcomeAndReadingGoesOnAfterIt() throws IOException {
        byte[] good = warc(WarcCompression.NONE, List.of(page(NEWS, "text/html", "<p>ok</p>", UTF8())));
        byte[] broken = ("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nshort\r\n\r\n"
                + "and some garbage\r\nWARC/1.0 in a line that is no record\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] after = warc(WarcCompression.NONE, List.of(page("https://example.com/after", "text/html", "<p>after</p>", UTF8())));
        Path warc = dir.resolve("broken.warc");
        Files.write(warc, concat(good, broken, after));

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(3, outcomes.size(), outcomes.toString());
        assertTrue(outcomes.get(0).ok());
        assertEquals("broken", outcomes.get(1).id());
        assertEquals(warc + "@" + good.length, outcomes.get(1).source());
        String error = outcomes.get(1).error();
        assertTrue(error.startsWith("corrupt WARC record at byte " + good.length + ": "), error);
        // The first place to go on from is a false start inside the garbage; failing there again is not news.
        int falseStart = good.length + new String(broken, StandardCharsets.US_ASCII).indexOf("WARC/1.0 in a line");
        assertTrue(error.endsWith("(reading on from byte " + falseStart + ")"), error);
        assertEquals("https://example.com/after", outcomes.get(2).article().url());
    }

    @Test
    void aDamagedGzipMemberIsOneFailedOutcomeAndTheNextMemberIsRead() throws IOException {
        byte[] first = warc(WarcCompression.GZIP, List.of(page(NEWS, "text/html", "<p>first</p>", UTF8())));
        byte[] second = warc(WarcCompression.GZIP, List.of(page("https://example.com/2", "text/html",
                "<p>" + "second ".repeat(200) + "</p>", UTF8())));
        byte[] third = warc(WarcCompression.GZIP, List.of(page("https://example.com/3", "text/html", "<p>third</p>", UTF8())));
        for (int i = 20; i < second.length - 20; i += 7) {
            second[i] ^= 0x5A; // damage the deflate data, not the member header
        }
        Path warc = dir.resolve("damaged.warc.gz");
        Files.write(warc, concat(first, second, third));

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(3, outcomes.size(), outcomes.toString());
        assertEquals(NEWS, outcomes.get(0).article().url());
        assertFalse(outcomes.get(1).ok());
        assertTrue(outcomes.get(1).error().endsWith("(reading on from byte " + (first.length + second.length) + ")"),
                outcomes.get(1).error());
        assertEquals("https://example.com/3", outcomes.get(2).article().url());
    }

    @Test
    void garbageNamedWarcIsOneFailedOutcome() throws IOException {
        Path warc = dir.resolve("notes.warc");
        Files.writeString(warc, "just some notes, not an archive\n");

        List<ReadOutcome> outcomes = readAll(warc);

        assertEquals(1, outcomes.size());
        assertEquals("notes", outcomes.get(0).id());
        assertTrue(outcomes.get(0).error().startsWith("corrupt WARC record at byte 0"), outcomes.get(0).error());
    }

    @Test
    void corruptGzipArchiveIsAFailedOutcome() throws IOException {
        byte[] gz = warc(WarcCompression.GZIP, sampleCrawl());
        Path warc = dir.resolve("cut.warc.gz");
        Files.write(warc, Arrays.copyOf(gz, gz.length / 3));

        List<ReadOutcome> outcomes = readAll(warc);

        assertFalse(outcomes.isEmpty());
        assertFalse(outcomes.get(outcomes.size() - 1).ok());
    }

    @Test
    void emptyArchiveAndOversizedBody() throws IOException {
        Path empty = dir.resolve("empty.warc");
        Files.write(empty, new byte[0]);
        assertEquals("empty file", readAll(empty).get(0).error());

        Path big = dir.resolve("big.warc");
        Files.write(big, warc(WarcCompression.NONE, List.of(page(NEWS, "text/html", "<p>" + "x".repeat(2000), UTF8()))));
        List<ReadOutcome> outcomes = read(big, 1000);
        assertEquals(1, outcomes.size());
        assertEquals("response body too large: over 1000 bytes (limit 1000 bytes)", outcomes.get(0).error());
    }

    @Test
    void closingStopsReadingAndIsIdempotent() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, warc(WarcCompression.NONE, sampleCrawl()));
        WarcArticles articles = new WarcArticles(InputFile.of(warc).orElseThrow(), LIMIT);
        assertTrue(articles.hasNext());
        articles.close();
        articles.close();
        assertTrue(articles.hasNext(), "the outcome already read is still handed out");
        articles.next();
        assertFalse(articles.hasNext());
    }

    @Test
    void realPagesReadFromAnArchiveMatchThePagesReadAsFiles() throws IOException {
        Path html = Path.of("..", "shared", "datasets", "article-extraction", "html");
        Assumptions.assumeTrue(Files.isDirectory(html), html + " absent, skipping");
        List<ReadOutcome> files;
        try (var outcomes = new ArticleReader().read(List.of(html))) {
            files = outcomes.limit(20).toList(); // twenty pages show it; all 91 would slow the suite
        }
        List<WarcRecord> records = new ArrayList<>();
        for (ReadOutcome file : files) {
            byte[] body;
            try (var in = new GZIPInputStream(Files.newInputStream(Path.of(file.source())))) {
                body = in.readAllBytes();
            }
            records.add(response("https://example.com/" + file.id(), 200, "text/html", body));
        }
        Path warc = dir.resolve("pages.warc.gz");
        Files.write(warc, warc(WarcCompression.GZIP, records));

        List<ReadOutcome> archived = readAll(warc);

        assertEquals(files.size(), archived.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i).article().content(), archived.get(i).article().content(), files.get(i).id());
        }
    }

    private static List<WarcRecord> sampleCrawl() throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        records.add(new Warcinfo.Builder().date(CAPTURED).fields(Map.of("software", List.of("test"))).build());
        records.add(new WarcRequest.Builder(URI.create(NEWS)).date(CAPTURED)
                .body(new HttpRequest.Builder("GET", "/news/blast.html").addHeader("Host", "www.example.com").build())
                .build());
        records.add(page(NEWS, "text/html; charset=windows-1252",
                "<html><body><p>Caf\u00e9 blast costs \u20ac5m</p></body></html>", Charset.forName("windows-1252")));
        records.add(response("https://example.com/missing", 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8)));
        records.add(response("https://example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}));
        records.add(page("https://example.org/xhtml", "application/xhtml+xml",
                "<html><head><meta charset=\"windows-1251\"></head><body>\u041f\u0440\u0438</body></html>",
                Charset.forName("windows-1251")));
        return records;
    }

    private static Charset UTF8() {
        return StandardCharsets.UTF_8;
    }

    private static WarcResponse page(String url, String contentType, String html, Charset charset) throws IOException {
        return response(url, 200, contentType, html.getBytes(charset));
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }

    private static byte[] warc(WarcCompression compression, List<WarcRecord> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
        return out.toByteArray();
    }

    private static List<ReadOutcome> readAll(Path warc) {
        return read(warc, LIMIT);
    }

    private static List<ReadOutcome> read(Path warc, long limit) {
        List<ReadOutcome> outcomes = new ArrayList<>();
        try (WarcArticles articles = new WarcArticles(InputFile.of(warc).orElseThrow(), limit)) {
            articles.forEachRemaining(outcomes::add);
        }
        return outcomes;
    }
}
