package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCleanerTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner(Path.of("models"));

    @Test
    void htmlUsesPageMetadataWhenNoneGiven() throws IOException {
        RawArticle raw = new RawArticle("p1", "p1.html", ContentType.HTML, HtmlCleanerTest.fixture("news-page.html"),
                null, "https://example.org/p1", null);
        CleanArticle a = CLEANER.clean(raw);
        assertEquals("Bomb attack kills five at market in Northtown", a.title());
        assertEquals(LocalDate.of(2021, 3, 3), a.published());
        assertEquals("Jane Reporter", a.author());
        assertEquals("https://example.org/p1", a.url());
        assertTrue(a.text().startsWith("A bomb exploded"), a.text());
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void aGivenTitleWinsButTheFeedDateOnlyFillsAMissingPageDate() throws IOException {
        RawArticle raw = new RawArticle("p1", "feed", ContentType.HTML, HtmlCleanerTest.fixture("news-page.html"),
                "Feed title", null, LocalDate.of(2021, 3, 5));
        CleanArticle a = CLEANER.clean(raw);
        assertEquals("Feed title", a.title());
        assertEquals(LocalDate.of(2021, 3, 3), a.published(), "the page's own date");
        String undated = "<html><body><article><p>" + "A bomb exploded at a market in Northtown, killing five people "
                + "and wounding twelve, officials said on Tuesday. ".repeat(6) + "</p></article></body></html>";
        RawArticle fromFeed = new RawArticle("p2", "feed", ContentType.HTML, undated, null, null, LocalDate.of(2021, 3, 5));
        assertEquals(LocalDate.of(2021, 3, 5), CLEANER.clean(fromFeed).published(), "the feed's date");
    }

    @Test
    void textIsCleanedAndHeadlineBecomesTitle() {
        RawArticle raw = new RawArticle("t1", "t1.txt", ContentType.TEXT,
                "Blast Hits Market\n\nA bomb went off in the market.\n\nLeave a Reply\n\nOther Story Title", null, null, null);
        CleanArticle a = CLEANER.clean(raw);
        assertEquals("Blast Hits Market", a.title());
        assertEquals("A bomb went off in the market.", a.text());
        assertEquals(List.of("removed 2 boilerplate lines"), a.warnings());
        assertNull(a.author());
    }

    @Test
    void warnsWhenNothingIsLeft() {
        CleanArticle a = CLEANER.clean(new RawArticle("e", "e.html", ContentType.HTML, "<html><body></body></html>",
                null, null, null));
        assertEquals("", a.text());
        assertEquals(List.of("no main content found"), a.warnings());
    }

    @Test
    void sameResultsFromSeveralThreads() throws IOException {
        String html = HtmlCleanerTest.fixture("news-page.html");
        String expected = CLEANER.clean(new RawArticle("x", "x", ContentType.HTML, html, null, null, null)).text();
        List<String> texts = IntStream.range(0, 16).parallel()
                .mapToObj(i -> CLEANER.clean(new RawArticle("x" + i, "x", ContentType.HTML, html, null, null, null)).text())
                .toList();
        texts.forEach(t -> assertEquals(expected, t));
    }

    @Test
    void missingModelsDirectoryFailsAtConstruction(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> new ArticleCleaner(dir));
    }
}
