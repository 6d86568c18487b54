package attackevents.cli;

import attackevents.AttackEvents;
import attackevents.clean.ArticleCleaner;
import attackevents.clean.CleanArticle;
import attackevents.eval.GoldArticle;
import attackevents.eval.GoldEvent;
import attackevents.extract.ExtractionModels;
import attackevents.extract.RoleCues;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.CoreNlpAnnotator;
import attackevents.nlp.NlpOptions;
import attackevents.nlp.Sentence;
import attackevents.roles.RoleLabeller;
import attackevents.roles.RoleSample;
import attackevents.roles.RoleSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds role tagger examples from article files and their gold: each article is read, cleaned and annotated as
 * {@code extract} does (truecasing all-caps text), so the tagger is trained on the tokens it will see; every
 * occurrence of a gold target name is labelled {@value RoleSpan#TARGET}, of an actor name {@value RoleSpan#PERP}.
 *
 * @param ids         the article ids, sorted
 * @param documents   for each article, its labelled sentences (none for an article without events unless all
 *                    articles were asked for)
 * @param withoutGold how many articles were left out because the gold does not name them
 * @param unreadable  how many articles could not be read
 */
record RoleExamples(List<String> ids, List<List<RoleSample>> documents, int withoutGold, int unreadable) {
    /**
     * @param texts        article files or folders
     * @param gold         the gold articles
     * @param modelsDir    the models folder
     * @param allArticles  whether articles without events give (unlabelled) sentences too
     * @return the examples
     */
    static RoleExamples read(List<Path> texts, List<GoldArticle> gold, Path modelsDir, boolean allArticles) {
        ArticleCleaner cleaner = new ArticleCleaner(modelsDir);
        ExtractionModels models = ExtractionModels.load(modelsDir);
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpOptions.defaults());
        Map<String, List<RoleSample>> docs = new HashMap<>();
        GoldedArticles read = GoldedArticles.forEach(texts, gold, (article, g) -> {
            if (g.events().isEmpty() && !allArticles) {
                docs.put(article.id(), List.of());
                return;
            }
            CleanArticle clean = cleaner.clean(article);
            AnnotatedDocument doc = annotator.annotate(AttackEvents.analysedText(clean), clean.published());
            docs.put(article.id(), label(doc, strings(g), models));
        });
        List<String> ids = docs.keySet().stream().sorted(Comparator.naturalOrder()).toList();
        return new RoleExamples(ids, ids.stream().map(docs::get).toList(), read.withoutGold(), read.unreadable());
    }

    /** @return the gold's target names, then its actor names, as strings to label */
    static Map<String, Set<String>> strings(GoldArticle g) {
        Set<String> targets = new LinkedHashSet<>();
        Set<String> perps = new LinkedHashSet<>();
        for (GoldEvent e : g.events()) {
            e.targets().forEach(targets::addAll);
            perps.addAll(e.actor());
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        out.put(RoleSpan.TARGET, targets);
        out.put(RoleSpan.PERP, perps);
        return out;
    }

    private static List<RoleSample> label(AnnotatedDocument doc, Map<String, Set<String>> strings,
                                          ExtractionModels models) {
        List<RoleSample> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<RoleSpan> spans = RoleLabeller.label(doc.text(), s.tokens(), strings);
            out.add(RoleCues.sample(models, s.tokens()).withSpans(spans));
        }
        return out;
    }
}
