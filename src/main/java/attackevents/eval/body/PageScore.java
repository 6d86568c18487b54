package attackevents.eval.body;

import java.util.Objects;

/**
 * One page's share of true positive, false positive and false negative shingles (normalised to sum to 1).
 *
 * @param id the page id
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record PageScore(String id, double tp, double fp, double fn) {
    public PageScore {
        Objects.requireNonNull(id, "id");
    }

    /** @return precision as the benchmark defines it (1 when nothing is missing or extra) */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    /** @return recall as the benchmark defines it (1 when nothing is missing or extra) */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    /** @return the page's own F1 (for reading the table; the report's F1 comes from the mean P and R) */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
