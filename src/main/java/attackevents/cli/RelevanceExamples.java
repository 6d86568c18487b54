package attackevents.cli;

import attackevents.AttackEvents;
import attackevents.clean.ArticleCleaner;
import attackevents.eval.GoldArticle;
import attackevents.relevance.LabelledText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds relevance examples from article files and their gold: each article is read and cleaned as
 * {@code extract} does (so the classifier sees at training what it sees at run time), and labelled relevant when
 * its gold has at least one event. Optional events count: MUC-4 marks borderline incidents optional, and
 * skipping such an article costs a possible hit while keeping it costs only time.
 *
 * @param examples   the labelled texts, sorted by id
 * @param withoutGold how many articles were left out because the gold does not name them
 * @param unreadable how many articles could not be read
 */
record RelevanceExamples(List<LabelledText> examples, int withoutGold, int unreadable) {
    /**
     * @param texts     article files or folders
     * @param gold      the gold articles
     * @param modelsDir the models folder (for the cleaner's data)
     * @return the examples
     */
    static RelevanceExamples read(List<Path> texts, List<GoldArticle> gold, Path modelsDir) {
        ArticleCleaner cleaner = new ArticleCleaner(modelsDir);
        List<LabelledText> examples = new ArrayList<>();
        GoldedArticles read = GoldedArticles.forEach(texts, gold, (article, g) -> {
            String text = AttackEvents.analysedText(cleaner.clean(article));
            examples.add(new LabelledText(article.id(), text, !g.events().isEmpty()));
        });
        examples.sort(Comparator.comparing(LabelledText::id));
        return new RelevanceExamples(List.copyOf(examples), read.withoutGold(), read.unreadable());
    }
}
