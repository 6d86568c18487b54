package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarTest {
    private static final long LIMIT = ReaderOptions.DEFAULT_MAX_FILE_BYTES;

    @TempDir
    Path dir;

    @Test
    void prefersTheFinalUrl() throws Exception {
        Path page = dir.resolve("a.html.gz");
        Files.writeString(dir.resolve("a.meta.json"), "{\"url\": \"https://x.org/1\", \"finalUrl\": \"https://x.org/2\","
                + " \"status\": 200, \"charset\": \"ISO-8859-1\", \"feedTitle\": \"Feed\", \"title\": \"Title\","
                + " \"published\": \"2024-05-02\"}");
        assertEquals(Optional.of(new Sidecar("https://x.org/2", "Title", LocalDate.of(2024, 5, 2), "ISO-8859-1")),
                Sidecar.find(page, "a", LIMIT));
        Files.writeString(dir.resolve("b.meta.json"), "{\"url\": \"https://x.org/1\", \"finalUrl\": null}");
        assertEquals("https://x.org/1", Sidecar.find(dir.resolve("b.html"), "b", LIMIT).orElseThrow().url());
    }

    @Test
    void noSidecarIsNoProblem() throws Exception {
        assertTrue(Sidecar.find(dir.resolve("c.html"), "c", LIMIT).isEmpty());
    }

    @Test
    void aBrokenSidecarIsNamedInTheReason() throws Exception {
        Files.writeString(dir.resolve("d.meta.json"), "{\"url\": ");
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> Sidecar.find(dir.resolve("d.html"), "d", LIMIT));
        assertTrue(e.getMessage().startsWith("sidecar d.meta.json: malformed JSON: "), e.getMessage());
    }
}
