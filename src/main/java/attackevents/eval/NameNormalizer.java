package attackevents.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Normalises names as {@code shared/spec/scoring.md} ("Normalising a name") says: lower-case; fold accents;
 * drop punctuation except inner hyphens and apostrophes; drop a leading "the", "a", "an"; collapse white space.
 * So {@code "The Russian Embassy."} and {@code "russian embassy"} both become {@code "russian embassy"}.
 *
 * <p>Dropped punctuation is deleted, not replaced by a space ({@code "U.S."} becomes {@code "us"}); a hyphen or
 * apostrophe is "inner" when a letter or digit stands on both sides ({@code "al-Shabaab"}, {@code "Jaish's"}).
 * Typographic apostrophes and hyphens are read as their ASCII forms first. The three leading articles are
 * the spec's own list, so they stay here rather than in a data file.
 */
public final class NameNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> LEADING_ARTICLES = List.of("the", "a", "an");

    private NameNormalizer() {
    }

    /**
     * Normalises one name.
     *
     * @param name the name as written, e.g. {@code "The  Café-Bar!"}
     * @return the normalised form, e.g. {@code "cafe-bar"}; empty when nothing but punctuation was left
     * @throws NullPointerException when {@code name} is null
     */
    public static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
                .replace('\u2010', '-').replace('\u2011', '-');
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c)) {
                kept.append(c);
            } else if ((c == '-' || c == '\'') && inner(folded, i)) {
                kept.append(c);
            }
        }
        String collapsed = SPACES.matcher(kept.toString().strip()).replaceAll(" ");
        int space = collapsed.indexOf(' ');
        if (space > 0 && LEADING_ARTICLES.contains(collapsed.substring(0, space))) {
            collapsed = collapsed.substring(space + 1);
        }
        return collapsed;
    }

    /**
     * Splits a name into its normalised words.
     *
     * @param name the name as written
     * @return the words of {@link #normalize(String)}; empty when it is empty
     */
    public static List<String> words(String name) {
        String normalized = normalize(name);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    private static boolean inner(String s, int i) {
        return i > 0 && i + 1 < s.length()
                && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
    }
}
