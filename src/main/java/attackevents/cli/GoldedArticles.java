package attackevents.cli;

import attackevents.eval.GoldArticle;
import attackevents.source.ArticleReader;
import attackevents.source.RawArticle;
import attackevents.source.ReadOutcome;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The training articles of a {@code train} command: every readable article under the inputs that the gold
 * names, handed over with its gold article; the others are counted, for the command's report.
 *
 * @param withoutGold how many articles were left out because the gold does not name them
 * @param unreadable  how many articles could not be read
 */
record GoldedArticles(int withoutGold, int unreadable) {
    /**
     * @param texts  article files or folders
     * @param gold   the gold articles
     * @param action called, in reading order, with each readable article the gold names and its gold
     * @return what was left out
     */
    static GoldedArticles forEach(List<Path> texts, List<GoldArticle> gold, BiConsumer<RawArticle, GoldArticle> action) {
        Map<String, GoldArticle> byId = new HashMap<>();
        gold.forEach(g -> byId.put(g.article(), g));
        int withoutGold = 0;
        int unreadable = 0;
        try (Stream<ReadOutcome> outcomes = new ArticleReader().read(texts)) {
            for (ReadOutcome o : (Iterable<ReadOutcome>) outcomes::iterator) {
                if (!o.ok()) {
                    unreadable++;
                    continue;
                }
                GoldArticle g = byId.get(o.id());
                if (g == null) {
                    withoutGold++;
                    continue;
                }
                action.accept(o.article(), g);
            }
        }
        return new GoldedArticles(withoutGold, unreadable);
    }
}
