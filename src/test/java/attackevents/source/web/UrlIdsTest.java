package attackevents.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlIdsTest {
    @Test
    void readableAndStable() {
        String id = UrlIds.fromUrl("https://www.example.com/news/2024/Blast-in-Town.html");
        assertTrue(id.matches("www\\.example\\.com_news-2024-blast-in-town-html_[0-9a-f]{8}"), id);
        assertEquals(id, UrlIds.fromUrl("https://www.example.com/news/2024/Blast-in-Town.html"));
    }

    @Test
    void equivalentSpellingsShareAnId() {
        assertEquals(UrlIds.fromUrl("http://example.com/a"), UrlIds.fromUrl("HTTP://Example.COM:80/a#top"));
        assertEquals(UrlIds.fromUrl("http://example.com"), UrlIds.fromUrl("http://example.com/"));
    }

    @Test
    void differentUrlsWithTheSameSlugStayApart() {
        assertNotEquals(UrlIds.fromUrl("http://example.com/a-b"), UrlIds.fromUrl("http://example.com/a/b"));
        assertNotEquals(UrlIds.fromUrl("http://example.com/a?id=1"), UrlIds.fromUrl("http://example.com/a?id=2"));
        assertNotEquals(UrlIds.fromUrl("http://example.com/a"), UrlIds.fromUrl("https://example.com/a"));
    }

    @Test
    void fileSafeAndBounded() {
        String id = UrlIds.fromUrl("http://127.0.0.1:8080/" + "x/".repeat(200) + "?q=ü&r=<>|*");
        assertTrue(id.matches("[a-z0-9._-]+"), id);
        assertTrue(id.length() <= 120, id);
        assertTrue(UrlIds.fromUrl("not a url at all").matches("[a-z0-9._-]+"));
        assertThrows(IllegalArgumentException.class, () -> UrlIds.fromUrl(" "));
    }
}
