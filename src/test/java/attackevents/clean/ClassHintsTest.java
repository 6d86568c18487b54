package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercises models/clean/class-hints.txt. */
class ClassHintsTest {
    private static final ClassHints HINTS = new ClassHints(Path.of("models", "clean", ClassHints.FILE));

    @Test
    void furnitureClassesAreRemoveHints() {
        for (String s : new String[] {"comments-area", "share-bar", "social-links", "related-articles",
            "newsletter-signup", "cookie-consent", "ad-slot", "wp-caption", "breadcrumbs", "taboola-feed", "byline", "PromoSmall-title"}) {
            assertTrue(HINTS.has(ClassHints.Kind.REMOVE, s), s);
        }
        for (String s : new String[] {"article-body", "story-text", "entry-content", "headline", "loading"}) {
            assertFalse(HINTS.has(ClassHints.Kind.REMOVE, s), s);
        }
    }

    @Test
    void weightsFollowReadability() {
        Element body = Jsoup.parse("<div class='entry-content'></div><div id='sidebar'></div><div class='x'></div>")
                .body();
        assertEquals(25, HINTS.weight(body.child(0)));
        assertEquals(-25, HINTS.weight(body.child(1)));
        assertEquals(0, HINTS.weight(body.child(2)));
    }

    @Test
    void rejectsMalformedFiles(@TempDir Path dir) throws IOException {
        Path noSection = Files.writeString(dir.resolve("a.txt"), "comment\n");
        assertThrows(IllegalArgumentException.class, () -> new ClassHints(noSection));
        Path badSection = Files.writeString(dir.resolve("b.txt"), "[sometimes]\ncomment\n");
        assertThrows(IllegalArgumentException.class, () -> new ClassHints(badSection));
        Path empty = Files.writeString(dir.resolve("c.txt"), "[remove]\n");
        assertFalse(new ClassHints(empty).has(ClassHints.Kind.REMOVE, "comment"));
    }
}
