package attackevents.eval;

/**
 * Event detection tallies and their measures (0/0 taken as 0).
 *
 * @param tp gold events paired with a predicted event (optional ones included)
 * @param fp predicted events left unpaired
 * @param fn non-optional gold events left unpaired
 */
public record EventCounts(int tp, int fp, int fn) {
    /** No events at all. */
    public static final EventCounts ZERO = new EventCounts(0, 0, 0);

    public EventCounts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * @param other another tally
     * @return the sum of both
     */
    public EventCounts plus(EventCounts other) {
        return new EventCounts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** @return TP / (TP + FP) */
    public double precision() {
        return Measures.ratio(tp, tp + fp);
    }

    /** @return TP / (TP + FN) */
    public double recall() {
        return Measures.ratio(tp, tp + fn);
    }

    /** @return 2PR / (P + R) */
    public double f1() {
        return Measures.f1(precision(), recall());
    }
}
