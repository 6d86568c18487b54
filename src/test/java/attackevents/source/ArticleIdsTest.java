package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    private static final String SAFE = "[a-z0-9._-]+";

    @Test
    void slugOfHostAndPathPlusHash() {
        String id = ArticleIds.fromUrl("https://www.Example.com/news/2019/Blast.html?ref=rss");
        assertTrue(id.matches("example\\.com-news-2019-blast\\.html-[0-9a-f]{10}"), id);
    }

    @Test
    void stableAndDistinct() {
        String url = "https://example.com/a?id=1";
        assertEquals(ArticleIds.fromUrl(url), ArticleIds.fromUrl(url));
        assertEquals(ArticleIds.fromUrl(url), ArticleIds.fromUrl("  " + url + "\n"));
        assertNotEquals(ArticleIds.fromUrl(url), ArticleIds.fromUrl("https://example.com/a?id=2"),
                "the query is not in the slug but is in the hash");
    }

    @Test
    void alwaysSafeAsAFileNameAndBounded() {
        for (String url : new String[] {"https://example.com/", "https://例え.jp/記事/1", "not a url at all %%",
                "https://example.com/../../etc/passwd", "https://example.com/" + "x".repeat(500), "mailto:a@b.c"}) {
            String id = ArticleIds.fromUrl(url);
            assertTrue(id.matches(SAFE), id);
            assertTrue(!id.startsWith(".") && !id.contains(".."), id);
            assertTrue(id.length() <= 91, id);
        }
        assertTrue(ArticleIds.fromUrl("https://例え.jp/記事").startsWith("xn-r8jz45g.jp-"),
                ArticleIds.fromUrl("https://例え.jp/記事"));
        assertTrue(ArticleIds.fromUrl("///").matches("page-[0-9a-f]{10}"), "nothing readable: " + ArticleIds.fromUrl("///"));
    }

    @Test
    void rejectsMissingUrls() {
        assertThrows(NullPointerException.class, () -> ArticleIds.fromUrl(null));
        assertThrows(IllegalArgumentException.class, () -> ArticleIds.fromUrl(" "));
    }
}
