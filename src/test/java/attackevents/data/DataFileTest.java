package attackevents.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {
    @TempDir
    Path dir;

    @Test
    void skipsCommentsAndBlankLinesAndTrimsCells() throws IOException {
        Path file = Files.writeString(dir.resolve("cues.tsv"), "# a comment\n\nbomber \tattacker\nby\tagent-marker\n");
        List<String[]> rows = DataFile.rows(file, 2);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"bomber", "attacker"}, rows.get(0));
    }

    @Test
    void aRowWithTooFewColumnsNamesTheFileAndLine() throws IOException {
        // spaces where the tab belongs: the mistake a hand edit makes
        Path file = Files.writeString(dir.resolve("cues.tsv"), "# cues\nbomber\tattacker\narmed person attacker\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataFile.rows(file, 2));
        assertTrue(e.getMessage().contains("cues.tsv line 3: 'armed person attacker' has 1 tab-separated column(s), needs 2"),
                e.getMessage());
        assertEquals(2, DataFile.rows(file).size(), "with no column count asked for, the row is read as it is");
    }
}
