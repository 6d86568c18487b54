package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArticleReaderTest {
    @TempDir
    Path dir;

    private final FileArticleReader reader = new FileArticleReader(ReaderOptions.defaults());

    @Test
    void jsonFieldsWinOverTheSidecarAndTheSidecarFillsTheGaps() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"text\": \"Body.\", \"url\": \"https://own.org/a\"}");
        Files.writeString(dir.resolve("a.meta.json"), "{\"url\": \"https://feed.org/a\", \"title\": \"Feed title\","
                + " \"published\": \"2022-02-02T10:00:00Z\"}");
        RawArticle article = reader.read(file("a.json")).article();
        assertEquals("https://own.org/a", article.url());
        assertEquals("Feed title", article.title());
        assertEquals(LocalDate.of(2022, 2, 2), article.published());
    }

    @Test
    void whitespaceOnlyTextIsNoArticle() throws Exception {
        Files.writeString(dir.resolve("w.txt"), " \n\t\n");
        assertEquals("blank file (whitespace only)", reader.read(file("w.txt")).error());
    }

    @Test
    void archivesAreNotSingleArticles() throws Exception {
        Files.writeString(dir.resolve("c.warc"), "x");
        assertThrows(IllegalArgumentException.class, () -> reader.read(file("c.warc")));
    }

    private InputFile file(String name) {
        return InputFile.of(dir.resolve(name)).orElseThrow();
    }
}
