package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputFileTest {
    @Test
    void recognisesFormatsAndStripsOnlyKnownExtensions() {
        assertFile("a.html.gz", "a", InputFile.Format.HTML, true);
        assertFile("dir/B.HTM", "B", InputFile.Format.HTML, false);
        assertFile("report.2020.txt", "report.2020", InputFile.Format.TEXT, false);
        assertFile("x.json", "x", InputFile.Format.JSON, false);
        assertFile("crawl.warc.gz", "crawl", InputFile.Format.WARC, true);
        assertFile("crawl.warc", "crawl", InputFile.Format.WARC, false);
    }

    @Test
    void otherNamesAreNotInputs() {
        for (String name : new String[] {"a.pdf", "a.gz", "a.txt.gz.gz", "README", ".txt", "a.jsonl"}) {
            assertTrue(InputFile.of(Path.of(name)).isEmpty(), name);
        }
        assertEquals(".pdf", InputFile.extension(Path.of("dir/Report.PDF")));
        assertEquals("(none)", InputFile.extension(Path.of("README")));
        assertEquals("Report", InputFile.fallbackId(Path.of("dir/Report.PDF")));
    }

    private static void assertFile(String name, String id, InputFile.Format format, boolean gzip) {
        InputFile file = InputFile.of(Path.of(name)).orElseThrow();
        assertEquals(id, file.id());
        assertEquals(format, file.format());
        assertEquals(gzip, file.gzip());
    }
}
