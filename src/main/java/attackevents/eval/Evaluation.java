package attackevents.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring a set of predictions against gold: per-article detail, from which the per-slot, overall
 * and event detection tallies are summed.
 *
 * @param articles      one entry per gold article, in gold order
 * @param extraArticles ids of predicted articles that have no gold (listed, not scored), sorted
 */
public record Evaluation(List<ArticleEvaluation> articles, List<String> extraArticles) {
    public Evaluation {
        articles = List.copyOf(articles);
        extraArticles = List.copyOf(extraArticles);
    }

    /** @return each slot's tally over all articles, in {@link Slot} order */
    public Map<Slot, SlotCounts> slots() {
        Map<Slot, SlotCounts> sums = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            sums.put(slot, articles.stream().map(a -> a.counts(slot)).reduce(SlotCounts.ZERO, SlotCounts::plus));
        }
        return sums;
    }

    /** @return the tally over all slots and articles */
    public SlotCounts overall() {
        return slots().values().stream().reduce(SlotCounts.ZERO, SlotCounts::plus);
    }

    /** @return the event detection tally over all articles */
    public EventCounts events() {
        return articles.stream().map(ArticleEvaluation::events).reduce(EventCounts.ZERO, EventCounts::plus);
    }
}
