package attackevents.roles;

/**
 * Exact-match span scores: a predicted span is right when a gold span has the same tokens and type.
 *
 * @param tp predicted spans that are right
 * @param fp predicted spans that are not
 * @param fn gold spans not predicted
 */
public record SpanScores(int tp, int fp, int fn) {
    /** @return tp / (tp + fp), 0 when nothing was predicted */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** @return tp / (tp + fn), 0 when there is no gold */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** @return the harmonic mean of precision and recall */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
