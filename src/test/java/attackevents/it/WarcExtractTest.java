package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.source.ArticleIds;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Issue 4's WARC input end to end through the command line: the news pages archived as HTTP responses (written
 * with jwarc, among a request per page, an image and a 404) give one record per HTML 200 response, named by
 * URL, with the same content as the pages read from disk (one page archived in windows-1252).
 */
class WarcExtractTest {
    /** Captured long after the pages were published: the capture date must not pass for the publication date. */
    private static final Instant CAPTURED = Instant.parse("2024-02-01T10:00:00Z");
    private static final String SITE = "https://news.example.org/";

    @TempDir
    Path dir;

    @Test
    void eachHtmlPageInAnArchiveGivesTheRecordOfThePageOnDisk() throws IOException {
        Path disk = NewsPages.writeTo(dir.resolve("disk"));
        Path warc = dir.resolve("crawl.warc.gz");
        writeArchive(warc);

        // One run over both: the folder's records come first, then the archive's, in archive order.
        List<JsonNode> records = NewsPages.extract(dir.resolve("out.jsonl"), disk, warc);

        int pages = NewsPages.NAMES.size();
        assertEquals(2 * pages, records.size(), "one record per page on disk and per HTML 200 response: " + records);
        Map<String, JsonNode> fromDisk = NewsPages.byId(records.subList(0, pages));
        assertEquals(NewsPages.NAMES, List.copyOf(fromDisk.keySet()));
        for (int i = 0; i < pages; i++) {
            String name = NewsPages.NAMES.get(i);
            JsonNode archived = records.get(pages + i);
            assertEquals(url(name), archived.get("url").asText());
            assertEquals(ArticleIds.fromUrl(url(name)), archived.get("id").asText());
            assertTrue(archived.get("source").asText().startsWith(warc + "#"), archived.get("source").asText());
            assertNull(archived.get("error").textValue(), name);
            assertFalse(archived.get("events").isEmpty(), name + ": no events");
            assertNotEquals("2024-02-01", archived.get("published").asText(), name + ": capture date as published");
            assertEquals(NewsPages.content(fromDisk.get(name)), NewsPages.content(archived), name);
        }
    }

    private static String url(String name) {
        return SITE + "news/" + name + ".html";
    }

    /** A crawl as a crawler writes it: warcinfo, then request and response per page, plus an image and a 404. */
    private static void writeArchive(Path warc) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().date(CAPTURED)
                    .fields(Map.of("software", List.of("attack-events test"))).build());
            for (String name : NewsPages.NAMES) {
                writer.write(request(url(name)));
                writer.write(name.equals(NewsPages.LEGACY)
                        ? response(url(name), 200, "text/html; charset=windows-1252", NewsPages.windows1252(name))
                        : response(url(name), 200, "text/html; charset=utf-8", NewsPages.bytes(name)));
                if (name.equals(NewsPages.NAMES.get(0))) {
                    writer.write(response(SITE + "img/logo.png", 200, "image/png",
                            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D}));
                    writer.write(response(SITE + "news/removed.html", 404, "text/html",
                            "<html><body><h1>Page not found</h1><p>The story you asked for was removed.</p></body></html>"
                                    .getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
    }

    private static WarcRequest request(String url) throws IOException {
        URI uri = URI.create(url);
        return new WarcRequest.Builder(uri).date(CAPTURED)
                .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build())
                .build();
    }

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build();
    }
}
