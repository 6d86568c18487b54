package attackevents.cli;

import attackevents.AttackEvents;
import attackevents.clean.ArticleCleaner;
import attackevents.eval.GoldArticle;
import attackevents.relevance.LabelledText;
import attackevents.source.ArticleReader;
import attackevents.source.ReadOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
        Map<String, Boolean> labels = new HashMap<>();
        for (GoldArticle g : gold) {
            labels.put(g.article(), !g.events().isEmpty());
        }
        ArticleCleaner cleaner = new ArticleCleaner(modelsDir);
        List<LabelledText> examples = new ArrayList<>();
        int withoutGold = 0;
        int unreadable = 0;
        try (Stream<ReadOutcome> outcomes = new ArticleReader().read(texts)) {
            for (ReadOutcome o : (Iterable<ReadOutcome>) outcomes::iterator) {
                if (!o.ok()) {
                    unreadable++;
                    continue;
                }
                Boolean relevant = labels.get(o.id());
                if (relevant == null) {
                    withoutGold++;
                    continue;
                }
                String text = AttackEvents.analysedText(cleaner.clean(o.article()));
                examples.add(new LabelledText(o.id(), text, relevant));
            }
        }
        examples.sort(Comparator.comparing(LabelledText::id));
        return new RelevanceExamples(List.copyOf(examples), withoutGold, unreadable);
    }
}
