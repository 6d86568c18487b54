package attackevents.relevance;

/**
 * How well relevance was told apart, counting {@code relevant} as the positive class.
 *
 * @param tp relevant articles kept
 * @param fp irrelevant articles kept
 * @param fn relevant articles skipped
 * @param tn irrelevant articles skipped
 */
public record RelevanceScores(int tp, int fp, int fn, int tn) {
    public RelevanceScores {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("counts must be non-negative");
        }
    }

    /** @return all articles */
    public int total() {
        return tp + fp + fn + tn;
    }

    /** @return (TP + TN) / all, 0 for none */
    public double accuracy() {
        return ratio(tp + tn, total());
    }

    /** @return TP / (TP + FP) */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** @return TP / (TP + FN) */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    /** @return the share of articles skipped (they never reach the annotators) */
    public double skipped() {
        return ratio(fn + tn, total());
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }
}
