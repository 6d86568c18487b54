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
    void aFetchedPageStoredAsUtf8IsReadAsUtf8WhateverCharsetItWasServedIn() throws Exception {
        // What fetch writes: the page re-encoded as UTF-8, the sidecar naming the charset it was served in.
        Files.writeString(dir.resolve("f.html"), "<meta charset=\"UTF-8\"><p>The capital\u2019s caf\u00e9</p>");
        Files.writeString(dir.resolve("f.meta.json"), "{\"url\": \"https://x.org/f\", \"charset\": \"windows-1252\"}");
        assertEquals("<meta charset=\"UTF-8\"><p>The capital\u2019s caf\u00e9</p>",
                reader.read(file("f.html")).article().content());
        // A page kept in the bytes it was served in is not valid UTF-8: there the sidecar's charset applies.
        Files.write(dir.resolve("g.html"), "<p>The capital\u2019s caf\u00e9</p>".getBytes("windows-1252"));
        Files.writeString(dir.resolve("g.meta.json"), "{\"url\": \"https://x.org/g\", \"charset\": \"windows-1252\"}");
        assertEquals("<p>The capital\u2019s caf\u00e9</p>", reader.read(file("g.html")).article().content());
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
