package attackevents.eval.body;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's tokenisation and shingling: tokens are runs of word characters (Python's {@code \w+} with
 * Unicode: letters, digits, underscore), case kept; shingles are the word 4-grams, or the whole token list as one
 * shingle when a text has fewer than 4 tokens.
 */
public final class Shingles {
    /** Python 3's Unicode {@code \w}: alphanumerics (letters and numbers of any script) and the underscore. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    /** The benchmark's n. */
    public static final int N = 4;

    private Shingles() {
    }

    /**
     * @param text a text, may be {@code null} (no tokens)
     * @return its tokens in order
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Counts a text's shingles as the benchmark's {@code _all_shingles} does.
     *
     * @param text a text, may be {@code null}
     * @param n    the n-gram size, at least 1
     * @return each shingle (tokens joined by a space) and how often it occurs
     */
    public static Map<String, Integer> count(String text, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        // range(0, max(1, len - n + 1)), skipping the empty shingle of an empty text
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> shingle = tokens.subList(Math.min(i, tokens.size()), Math.min(i + n, tokens.size()));
            if (!shingle.isEmpty()) {
                counts.merge(String.join(" ", shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The benchmark's {@code string_shingle_matching}: true positives, false positives and false negatives over
     * shingle counts, normalised to sum to 1 (all zero when both texts are empty).
     *
     * @param truth     the true body
     * @param predicted the predicted body
     * @return {tp, fp, fn}
     */
    public static double[] match(String truth, String predicted) {
        Map<String, Integer> t = count(Objects.requireNonNullElse(truth, ""), N);
        Map<String, Integer> p = count(Objects.requireNonNullElse(predicted, ""), N);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }
}
