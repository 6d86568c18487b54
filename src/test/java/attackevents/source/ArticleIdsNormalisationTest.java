package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsNormalisationTest {
    @Test
    void readableAndStable() {
        String id = ArticleIds.fromUrl("https://www.example.com/news/2024/Blast-in-Town.html");
        assertTrue(id.matches("example\\.com-news-2024-blast-in-town\\.html-[0-9a-f]{10}"), id);
        assertEquals(id, ArticleIds.fromUrl("https://www.example.com/news/2024/Blast-in-Town.html"));
    }

    @Test
    void equivalentSpellingsShareAnId() {
        assertEquals(ArticleIds.fromUrl("http://example.com/a"), ArticleIds.fromUrl("HTTP://Example.COM:80/a#top"));
        assertEquals(ArticleIds.fromUrl("http://example.com"), ArticleIds.fromUrl("http://example.com/"));
    }

    @Test
    void differentUrlsWithTheSameSlugStayApart() {
        assertNotEquals(ArticleIds.fromUrl("http://example.com/a-b"), ArticleIds.fromUrl("http://example.com/a/b"));
        assertNotEquals(ArticleIds.fromUrl("http://example.com/a?id=1"), ArticleIds.fromUrl("http://example.com/a?id=2"));
        assertNotEquals(ArticleIds.fromUrl("http://example.com/a"), ArticleIds.fromUrl("https://example.com/a"));
    }

    @Test
    void fileSafeAndBounded() {
        String id = ArticleIds.fromUrl("http://127.0.0.1:8080/" + "x/".repeat(200) + "?q=ü&r=<>|*");
        assertTrue(id.matches("[a-z0-9._-]+"), id);
        assertTrue(id.length() <= 120, id);
        assertTrue(ArticleIds.fromUrl("not a url at all").matches("[a-z0-9._-]+"));
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.fromUrl(" "));
    }
}
