package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.eval.GoldArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldedArticlesTest {
    @TempDir
    Path dir;

    @Test
    void handsOverTheArticlesTheGoldNamesAndCountsTheRest() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A bomb exploded in Lima.");
        Files.writeString(dir.resolve("b.txt"), "Nothing happened in Quito.");
        Files.writeString(dir.resolve("c.txt"), "");
        List<GoldArticle> gold = List.of(new GoldArticle("a", null, List.of()), new GoldArticle("c", null, List.of()));
        List<String> seen = new ArrayList<>();
        GoldedArticles read = GoldedArticles.forEach(List.of(dir), gold, (article, g) -> {
            assertEquals(article.id(), g.article());
            seen.add(article.id());
        });
        assertEquals(List.of("a"), seen);
        assertEquals(1, read.withoutGold(), "b is not in the gold");
        assertEquals(1, read.unreadable(), "c is empty");
    }
}
