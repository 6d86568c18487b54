package attackevents.extract;

import attackevents.model.Count;
import java.util.Locale;
import java.util.Objects;

/**
 * How a count modifier ("at least", "more than", "nearly") turns a stated number into a range; the rules
 * and why they are so are documented in {@code models/lexicon/count-modifiers.tsv}.
 */
enum CountRule {
    /** N..N: the stated number. */
    EXACT,
    /** N..N+1: "more than N", as spec/gold-format.md reads "more than 183". */
    PLUS_ONE,
    /** N-1..N: "nearly N", the mirror of PLUS_ONE. */
    MINUS_ONE;

    /**
     * @param name the rule's name in the data file ("exact", "plus_one", "minus_one")
     * @return the rule
     * @throws IllegalArgumentException for an unknown name
     */
    static CountRule parse(String name) {
        Objects.requireNonNull(name, "name");
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown count rule '" + name + "' (exact, plus_one, minus_one)");
        }
    }

    /**
     * @param min the stated range's lower bound
     * @param max its upper bound, {@code null} for none
     * @return the modified range, without text or evidence
     */
    Count apply(int min, Integer max) {
        return switch (this) {
            case EXACT -> new Count(min, max, null, null);
            case PLUS_ONE -> new Count(min, max == null ? null : max + 1, null, null);
            case MINUS_ONE -> new Count(Math.max(0, min - 1), max, null, null);
        };
    }
}
