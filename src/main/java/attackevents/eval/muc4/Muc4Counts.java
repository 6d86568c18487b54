package attackevents.eval.muc4;

import attackevents.model.Count;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MUC-4 {@code NUMBER} fills as ranges of people: {@code N} is N..N, {@code N - M} is N..M, {@code PLURAL}
 * is 2..unbounded (per {@code muc4-mapping.md}). The keys also write {@code ~N} (about N: read as N..N),
 * {@code N-} (N or more: N..unbounded, e.g. {@code 5-: "AT LEAST FIVE"}) and {@code -N} (up to N: 1..N, as the
 * filler names at least one person).
 */
public final class Muc4Counts {
    private static final Pattern RANGE = Pattern.compile("^(\\d+)\\s*-\\s*(\\d+)$");
    private static final Pattern AT_LEAST = Pattern.compile("^(\\d+)\\s*-$");
    private static final Pattern UP_TO = Pattern.compile("^-\\s*(\\d+)$");
    private static final Pattern ONE = Pattern.compile("^(\\d+)$");

    private Muc4Counts() {
    }

    /**
     * Reads one alternative of a number fill.
     *
     * @param text e.g. {@code 50}, {@code PLURAL}, {@code 5 - 7}, {@code ~7}
     * @return the range, or {@code null} when the text is no number
     */
    public static Count parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip().replaceFirst("^[?~]\\s*", "").replace(",", "");
        if (t.equalsIgnoreCase("PLURAL")) {
            return new Count(2, null, text.strip(), null);
        }
        try {
            Matcher m = ONE.matcher(t);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return new Count(n, n, text.strip(), null);
            }
            m = RANGE.matcher(t);
            if (m.matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                return to < from ? null : new Count(from, to, text.strip(), null);
            }
            m = AT_LEAST.matcher(t);
            if (m.matches()) {
                return new Count(Integer.parseInt(m.group(1)), null, text.strip(), null);
            }
            m = UP_TO.matcher(t);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return new Count(Math.min(1, n), n, text.strip(), null);
            }
        } catch (NumberFormatException e) {
            return null; // too many digits
        }
        return null;
    }

    /**
     * Reads all alternatives of a number fill as the smallest range holding each of them, so that any
     * alternative the key accepts lies inside it.
     *
     * @param alternatives e.g. {@code ["10", "10-", "PLURAL"]}
     * @return the covering range, or {@code null} when none is a number
     */
    public static Count union(List<String> alternatives) {
        Count result = null;
        for (String alternative : alternatives) {
            Count c = parse(alternative);
            if (c == null) {
                continue;
            }
            result = result == null ? c : cover(result, c).withEvidence(String.join(" / ", alternatives), null);
        }
        return result;
    }

    /**
     * The smallest range holding two ranges (either may be {@code null}).
     *
     * @return the covering range without provenance, or {@code null} when both are {@code null}
     */
    public static Count cover(Count a, Count b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Integer max = a.max() == null || b.max() == null ? null : Math.max(a.max(), b.max());
        return new Count(Math.min(a.min(), b.min()), max, null, null);
    }

    /**
     * Adds two ranges (either may be {@code null}, meaning nothing to add).
     *
     * @return the sum, unbounded when either is, or {@code null} when both are {@code null}
     */
    public static Count plus(Count a, Count b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Integer max = a.max() == null || b.max() == null ? null : a.max() + b.max();
        return new Count(a.min() + b.min(), max, null, null);
    }

    /**
     * Writes a range as a MUC-4 number fill.
     *
     * @param count the range
     * @return {@code N}, {@code N - M}, {@code PLURAL} for 2..unbounded, or {@code N-} for N..unbounded
     */
    public static String format(Count count) {
        Objects.requireNonNull(count, "count");
        if (count.max() == null) {
            return count.min() == 2 ? "PLURAL" : count.min() + "-";
        }
        return count.min() == count.max() ? String.valueOf(count.min()) : count.min() + " - " + count.max();
    }
}
