package attackevents.eval;

import java.util.List;
import java.util.Objects;

/**
 * How one gold article scored.
 *
 * @param article         the article id
 * @param predicted       whether the predictions had a record for it (without one, every gold event is missed)
 * @param predictionReason the record's {@code error}, {@code skipped} or {@code noEvents} reason, or {@code null}
 * @param matches         the pairs and unpaired events, gold order first, then unpaired predictions
 */
public record ArticleEvaluation(String article, boolean predicted, String predictionReason, List<EventMatch> matches) {
    public ArticleEvaluation {
        Objects.requireNonNull(article, "article");
        matches = List.copyOf(matches);
    }

    /**
     * @param slot a slot
     * @return the tally of verdicts in that slot over this article's matches
     */
    public SlotCounts counts(Slot slot) {
        SlotCounts sum = SlotCounts.ZERO;
        for (EventMatch m : matches) {
            for (SlotVerdict v : m.verdicts()) {
                if (v.slot() == slot) {
                    sum = sum.plus(SlotCounts.of(v.grade()));
                }
            }
        }
        return sum;
    }

    /** @return the event detection tally of this article */
    public EventCounts events() {
        return matches.stream().map(EventMatch::detection).reduce(EventCounts.ZERO, EventCounts::plus);
    }
}
