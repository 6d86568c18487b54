package attackevents.eval;

import java.util.List;

/**
 * One gold event paired with one predicted event, or either left unpaired, with the verdicts it adds.
 *
 * @param gold      the gold event's 1-based position in its article, or {@code null} for an unpaired prediction
 * @param predicted the predicted event's 1-based position, or {@code null} for an unpaired gold event
 * @param optional  whether the gold event is optional
 * @param verdicts  the slot verdicts this match adds (none for an unpaired optional gold event)
 */
public record EventMatch(Integer gold, Integer predicted, boolean optional, List<SlotVerdict> verdicts) {
    public EventMatch {
        if (gold == null && predicted == null) {
            throw new IllegalArgumentException("a match needs a gold or a predicted event");
        }
        if (gold == null && optional) {
            throw new IllegalArgumentException("only a gold event can be optional");
        }
        verdicts = List.copyOf(verdicts);
    }

    /** @return whether both a gold and a predicted event take part */
    public boolean paired() {
        return gold != null && predicted != null;
    }

    /** @return the event detection tally of this match: TP when paired, FP when only predicted, FN otherwise */
    public EventCounts detection() {
        if (paired()) {
            return new EventCounts(1, 0, 0);
        }
        if (gold == null) {
            return new EventCounts(0, 1, 0);
        }
        return optional ? EventCounts.ZERO : new EventCounts(0, 0, 1);
    }
}
