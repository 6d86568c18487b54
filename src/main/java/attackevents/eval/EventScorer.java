package attackevents.eval;

import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted articles against gold articles as {@code shared/spec/scoring.md} says. It takes records,
 * not files, so any gold reader (this project's fixtures, MUC-4 keys) can feed it.
 *
 * <p>Within an article, gold and predicted events are paired one to one so that the total credit
 * (COR + 0.5 PAR over all slots) is as high as possible (Hungarian algorithm). A pair with no COR or PAR in
 * actor, targets, place or fatalities may not be formed at all (it is excluded before the optimisation, so it
 * cannot crowd out a valid pair); such events stay unpaired. An unpaired gold event adds its filled slots as
 * MIS unless it is optional; an unpaired predicted event adds its filled slots as SPU.
 *
 * <p>Event detection: every paired gold event is a true positive, including an optional one (scoring.md: "a
 * gold event paired is a true positive"; finding an optional event is not penalised, so the prediction is not
 * a false positive either); an unpaired non-optional gold event is a false negative; an unpaired optional one
 * counts nowhere; an unpaired predicted event is a false positive.
 *
 * <p>A gold article with no predicted record counts as entirely missed; a predicted article with no gold is
 * listed in {@link Evaluation#extraArticles()} and otherwise ignored.
 */
public final class EventScorer {
    /**
     * Scores all articles.
     *
     * @param gold      the gold articles, in the order to report them
     * @param predicted the predicted records keyed by article id
     * @return the evaluation
     * @throws IllegalArgumentException when two gold articles share an id
     */
    public Evaluation score(List<GoldArticle> gold, Map<String, ArticleRecord> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        Set<String> goldIds = new HashSet<>();
        List<ArticleEvaluation> articles = new ArrayList<>();
        for (GoldArticle article : gold) {
            if (!goldIds.add(article.article())) {
                throw new IllegalArgumentException("two gold articles with id " + article.article());
            }
            articles.add(scoreArticle(article, predicted.get(article.article())));
        }
        List<String> extra = predicted.keySet().stream().filter(id -> !goldIds.contains(id)).sorted().toList();
        return new Evaluation(articles, extra);
    }

    /**
     * Scores one article.
     *
     * @param gold      the gold article
     * @param predicted its predicted record, or {@code null} when there is none
     * @return the article's pairs and verdicts
     */
    public ArticleEvaluation scoreArticle(GoldArticle gold, ArticleRecord predicted) {
        Objects.requireNonNull(gold, "gold");
        List<GoldEvent> goldEvents = gold.events();
        List<AttackEvent> predictedEvents = predicted == null ? List.of() : predicted.events();
        List<List<List<SlotVerdict>>> compared = new ArrayList<>();
        double[][] weights = new double[goldEvents.size()][predictedEvents.size()];
        for (int g = 0; g < goldEvents.size(); g++) {
            List<List<SlotVerdict>> row = new ArrayList<>();
            for (int p = 0; p < predictedEvents.size(); p++) {
                List<SlotVerdict> verdicts = EventComparer.compare(goldEvents.get(g), predictedEvents.get(p));
                row.add(verdicts);
                weights[g][p] = pairable(verdicts) ? credit(verdicts) : 0;
            }
            compared.add(row);
        }
        int[] pairing = Assignment.maximise(weights);
        List<EventMatch> matches = new ArrayList<>();
        boolean[] predictedPaired = new boolean[predictedEvents.size()];
        for (int g = 0; g < goldEvents.size(); g++) {
            GoldEvent event = goldEvents.get(g);
            int p = pairing[g];
            if (p >= 0) {
                predictedPaired[p] = true;
                matches.add(new EventMatch(g + 1, p + 1, event.optional(), compared.get(g).get(p)));
            } else {
                matches.add(new EventMatch(g + 1, null, event.optional(),
                        event.optional() ? List.of() : EventComparer.compare(event, null)));
            }
        }
        for (int p = 0; p < predictedEvents.size(); p++) {
            if (!predictedPaired[p]) {
                matches.add(new EventMatch(null, p + 1, false, EventComparer.compare(null, predictedEvents.get(p))));
            }
        }
        String why = predicted == null ? null : predicted.error() != null ? predicted.error()
                : predicted.skipped() != null ? predicted.skipped() : predicted.noEvents();
        return new ArticleEvaluation(gold.article(), predicted != null, why, matches);
    }

    private static boolean pairable(List<SlotVerdict> verdicts) {
        return verdicts.stream().anyMatch(v -> v.slot().anchorsPairing() && v.grade().credit() > 0);
    }

    private static double credit(List<SlotVerdict> verdicts) {
        return verdicts.stream().mapToDouble(v -> v.grade().credit()).sum();
    }
}
