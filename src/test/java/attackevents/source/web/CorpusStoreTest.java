package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {
    @TempDir
    Path dir;

    private static PageMeta meta() {
        return new PageMeta("http://127.0.0.1/a", "http://127.0.0.1/b", 200, Instant.parse("2026-01-02T03:04:05Z"),
                "text/html; charset=utf-8", "UTF-8", "Feed", "Title", LocalDate.of(2003, 6, 10));
    }

    @Test
    void storesPageAndSidecar() throws Exception {
        CorpusStore store = new CorpusStore(dir.resolve("corpus"));
        assertFalse(store.has("x"));
        store.store("x", "<p>é</p>", meta());
        assertTrue(store.has("x"));
        assertEquals("<p>é</p>", Files.readString(store.htmlPath("x"), StandardCharsets.UTF_8));
        JsonNode json = Json.mapper().readTree(store.metaPath("x").toFile());
        assertEquals("http://127.0.0.1/a", json.get("url").asText());
        assertEquals("http://127.0.0.1/b", json.get("finalUrl").asText());
        assertEquals(200, json.get("status").asInt());
        assertEquals("2026-01-02T03:04:05Z", json.get("fetchedAt").asText());
        assertEquals("UTF-8", json.get("charset").asText());
        assertEquals("2003-06-10", json.get("published").asText());
        assertEquals("Feed", json.get("feedTitle").asText());
        assertEquals("Title", json.get("title").asText());
        try (var files = Files.list(dir.resolve("corpus"))) {
            assertEquals(List.of("x.html", "x.meta.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
        }
    }

    @Test
    void aPageWithoutItsSidecarIsNotDone() throws Exception {
        CorpusStore store = new CorpusStore(dir);
        Files.writeString(store.htmlPath("half"), "<p>half");
        assertFalse(store.has("half"));
        store.store("half", "<p>whole</p>", meta());
        assertTrue(store.has("half"));
        assertEquals("<p>whole</p>", Files.readString(store.htmlPath("half")));
    }

    @Test
    void failuresAreAppendedAsJsonLines() throws Exception {
        CorpusStore store = new CorpusStore(dir);
        store.recordFailure(new FetchError("http://127.0.0.1/a", "HTTP 404", Instant.parse("2026-01-02T03:04:05Z")));
        store.recordFailure(new FetchError("http://127.0.0.1/b", "timed out", Instant.parse("2026-01-02T03:04:06Z")));
        List<String> lines = Files.readAllLines(store.errorsFile());
        assertEquals(2, lines.size());
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertEquals("http://127.0.0.1/a", first.get("url").asText());
        assertEquals("HTTP 404", first.get("reason").asText());
        assertEquals("2026-01-02T03:04:05Z", first.get("at").asText());
    }

    @Test
    void refusesIdsThatAreNotFileNames() throws Exception {
        CorpusStore store = new CorpusStore(dir);
        assertThrows(IllegalArgumentException.class, () -> store.has("../x"));
        assertThrows(IllegalArgumentException.class, () -> store.has(".hidden"));
    }
}
