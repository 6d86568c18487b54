package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    private static final HtmlCleaner CLEANER = new HtmlCleaner(Path.of("models"));

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlCleanerTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsArticleParagraphsHeadingsAndListItems() throws IOException {
        String text = CLEANER.clean(fixture("news-page.html"), "https://example.org/a").text();
        assertTrue(text.startsWith("A bomb exploded at a crowded market"), text);
        assertTrue(text.contains("\n\nNo claim of responsibility\n\n"), text);
        assertTrue(text.contains("Two of the wounded were said to be in a critical condition"), text);
        assertTrue(text.endsWith("despite warnings from local traders and community leaders."), text);
    }

    @Test
    void dropsNavigationAdsCommentsRelatedCaptionsAndBanners() throws IOException {
        String text = CLEANER.clean(fixture("news-page.html"), null).text();
        for (String furniture : new String[] {"cookies", "Politics", "Share on Facebook", "Tweet", "Photo:",
            "Advertisement", "Related:", "More stories", "Floods hit", "Leave a Reply", "email address",
            "thoughts are with", "Copyright", "Privacy", "By Jane Reporter", "Do not show", "color: red"}) {
            assertFalse(text.contains(furniture), furniture + " in: " + text);
        }
        assertFalse(text.contains("Bomb attack kills five"), "the headline is the title, not body text");
    }

    @Test
    void readsMetadataPreferringJsonLdForDateAndAuthor() throws IOException {
        PageMetadata meta = CLEANER.clean(fixture("news-page.html"), null).metadata();
        assertEquals("Bomb attack kills five at market in Northtown", meta.title());
        assertEquals(LocalDate.of(2021, 3, 3), meta.published());
        assertEquals("Jane Reporter", meta.author());
    }

    @Test
    void findsTextInDivsWithLineBreaksAndStripsSiteNameFromTitle() throws IOException {
        CleanedPage page = CLEANER.clean(fixture("div-page.html"), null);
        assertTrue(page.text().startsWith("The city council approved a new budget"), page.text());
        assertTrue(page.text().contains("\n\nCouncil members who voted against it"), page.text());
        assertTrue(page.text().contains("when the council will review it."), page.text());
        assertFalse(page.text().contains("Most read"), page.text());
        assertFalse(page.text().contains("Terms"), page.text());
        assertEquals("City council approves new budget", page.metadata().title());
        assertEquals(LocalDate.of(2019, 5, 17), page.metadata().published());
        assertNull(page.metadata().author());
    }

    @Test
    void readsTimeElementAndItemprop() {
        String html = "<html><body><article><h1>Title here</h1><span itemprop=\"author\">Ann Writer</span>"
                + "<time datetime=\"2020-02-29T10:00\">Feb 29</time><p>" + "Some words in a sentence, here. ".repeat(10)
                + "</p></article></body></html>";
        CleanedPage page = CLEANER.clean(html, null);
        assertEquals(LocalDate.of(2020, 2, 29), page.metadata().published());
        assertEquals("Title here", page.metadata().title());
        assertEquals("Ann Writer", page.metadata().author());
        assertTrue(page.text().startsWith("Some words in a sentence"), page.text());
    }

    @Test
    void keepsLinkedLeadSentenceButDropsLinkListsAndPopUpCards() {
        String prose = "<p>" + "The council met on Monday to discuss the plan, and members voted for it. ".repeat(4) + "</p>";
        String html = "<html><body><article>"
                + "<p><a href='/p/1'>Jane Doe</a> has been elected <a href='/t/mayor'>mayor of Northtown</a>.</p>"
                + prose
                + "<p>The new mayor, <span class='card'><a href='/a'>Jane Doe</a> <a href='/b'>Mayor wins vote on budget</a>"
                + " <a href='/c'>Council backs road plan</a> <a href='/d'>More</a></span>, thanked her supporters.</p>"
                + prose
                + "<ul><li><a href='/x'>Storm warning issued for the weekend</a></li>"
                + "<li><a href='/y'>School reopens after repairs</a></li></ul>"
                + "</article></body></html>";
        String text = CLEANER.clean(html, null).text();
        assertTrue(text.startsWith("Jane Doe has been elected mayor of Northtown."), text);
        assertTrue(text.contains("The new mayor,") && text.contains("thanked her supporters."), text);
        assertFalse(text.contains("Council backs road plan"), text);
        assertFalse(text.contains("Storm warning"), text);
    }

    @Test
    void pageWideFurnitureClassDoesNotTakeTheArticleWithIt() {
        String article = "<p>" + "Rescue teams searched the collapsed building through the night, officials said. ".repeat(4) + "</p>";
        String other = "<p>" + "An unrelated note about the weather in the hills, which was mild and dry all week. ".repeat(2) + "</p>";
        String html = "<html><body><div class='social-theme'><h1>Building collapses</h1>" + article.repeat(4)
                + "</div><div class='notes'>" + other.repeat(4) + "</div></body></html>";
        String text = CLEANER.clean(html, null).text();
        assertTrue(text.startsWith("Rescue teams searched"), text);
    }

    @Test
    void neverThrowsOnMalformedOrEmptyHtml() {
        for (String html : new String[] {"", "<", "<html><body><p>unclosed <b>bold <i>text", "<<<>>>&&&;",
            "<script>alert(1)", "<p>" + "<div>".repeat(2000), "\u0000\uFFFF<p>odd</p>",
            "<html><head><script type=\"application/ld+json\">{broken json</script></head><body></body></html>"}) {
            CleanedPage page = CLEANER.clean(html, "not a url");
            assertNotNull(page.text());
        }
    }

    @Test
    void emptyPageGivesEmptyText() {
        assertEquals("", CLEANER.clean("<html><body><nav><a href=/>Home</a></nav></body></html>", null).text());
    }
}
