package attackevents.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Grades a predicted name against a gold filler's acceptable names (scoring.md, "One slot"): COR when the
 * normalised prediction equals a normalised acceptable name, PAR when one contains the other as a whole-word
 * sequence, INC otherwise. The best grade over the acceptable names wins.
 */
public final class NameMatcher {
    private NameMatcher() {
    }

    /**
     * Grades one predicted name.
     *
     * @param predicted  the predicted name as written, e.g. {@code "the Russian embassy in Kabul"}
     * @param acceptable the gold's acceptable names for one filler, e.g. {@code ["Russian embassy"]}
     * @return COR, PAR or INC ({@code PAR} for the example); INC when either side normalises to nothing
     */
    public static Grade grade(String predicted, Collection<String> acceptable) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(acceptable, "acceptable");
        List<String> mine = NameNormalizer.words(predicted);
        Grade best = Grade.INC;
        if (mine.isEmpty()) {
            return best;
        }
        for (String name : acceptable) {
            List<String> theirs = NameNormalizer.words(name);
            if (theirs.isEmpty()) {
                continue;
            }
            if (mine.equals(theirs)) {
                return Grade.COR;
            }
            if (Collections.indexOfSubList(mine, theirs) >= 0 || Collections.indexOfSubList(theirs, mine) >= 0) {
                best = Grade.PAR;
            }
        }
        return best;
    }

    /**
     * @param a one grade among COR, PAR, INC
     * @param b another
     * @return the one with more credit ({@code a} on a tie)
     */
    public static Grade better(Grade a, Grade b) {
        return b.credit() > a.credit() ? b : a;
    }
}
