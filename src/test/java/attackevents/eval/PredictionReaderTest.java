package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionReaderTest {
    private final PredictionReader reader = new PredictionReader();

    @TempDir
    Path tmp;

    @Test
    void readsRecordsKeyedByIdSkippingBlankLines() throws IOException {
        Map<String, ArticleRecord> records = reader.read(GoldReaderTest.FIXTURES.resolve("predictions.jsonl"));
        assertEquals(List.of("a1", "extra"), List.copyOf(records.keySet()));
        AttackEvent event = records.get("a1").events().get(0);
        assertEquals("ISKP", event.actor().text());
        assertEquals("Islamic State Khorasan Province", event.actor().canonical());
        assertEquals("ISKP claimed the attack.", event.actor().evidence().sentence());
        assertEquals(8, event.fatalities().min());
        assertEquals(List.of(), records.get("extra").events());
    }

    @Test
    void badLineIsNamedByNumber() throws IOException {
        Path file = write("{\"id\":\"a\",\"events\":[]}\n\n{\"id\":\"b\",\"events\":[{\"confidence\":2}]}\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file + " line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains("confidence outside 0..1"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void notJsonAndMissingIdAreErrors() throws IOException {
        Path notJson = write("{\"id\":\"a\"}\nthis is not json\n");
        assertTrue(assertThrows(InputFormatException.class, () -> reader.read(notJson)).getMessage()
                .startsWith(notJson + " line 2: "));
        Path noId = write("{\"events\":[]}\n");
        assertEquals(noId + " line 1: missing id",
                assertThrows(InputFormatException.class, () -> reader.read(noId)).getMessage());
    }

    @Test
    void repeatedIdIsAnError() throws IOException {
        Path file = write("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"a\"}\n");
        assertEquals(file + " line 3: article \"a\" already given on line 1",
                assertThrows(InputFormatException.class, () -> reader.read(file)).getMessage());
    }

    @Test
    void toleratesByteOrderMark() throws IOException {
        assertEquals(List.of("a"), List.copyOf(reader.read(write("\uFEFF{\"id\":\"a\"}\n")).keySet()));
    }

    @Test
    void notUtf8IsAnError() throws IOException {
        Path file = tmp.resolve("latin1.jsonl");
        Files.write(file, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
        assertTrue(assertThrows(InputFormatException.class, () -> reader.read(file)).getMessage()
                .contains("not UTF-8"));
    }

    private Path write(String text) throws IOException {
        Path file = tmp.resolve("out.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
