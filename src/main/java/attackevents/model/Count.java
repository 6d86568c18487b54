package attackevents.model;

/**
 * A number of people as a range: "eight" is 8..8, "at least 25" is 25..25, "more than 183" is 183..184,
 * "dozens" is 24..unbounded ({@code max == null}).
 *
 * @param min      the lower bound
 * @param max      the upper bound, or {@code null} for none
 * @param text     the words it was read from, on one line, or {@code null}
 * @param evidence where it was read, or {@code null}
 */
public record Count(int min, Integer max, String text, Evidence evidence) {
    public Count {
        if (min < 0 || (max != null && max < min)) {
            throw new IllegalArgumentException("bad count " + min + ".." + max);
        }
        text = Words.oneLine(text);
    }

    /** @return an exact count with no provenance */
    public static Count exactly(int n) {
        return new Count(n, n, null, null);
    }

    /** @return the same count with this provenance */
    public Count withEvidence(String text, Evidence evidence) {
        return new Count(min, max, text, evidence);
    }

    /** @return whether {@code n} lies inside this range */
    public boolean contains(int n) {
        return n >= min && (max == null || n <= max);
    }
}
