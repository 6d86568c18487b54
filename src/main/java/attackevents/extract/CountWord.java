package attackevents.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * One word of a sentence as the count finder sees it: its text and character offsets.
 *
 * @param text  the word as written
 * @param lower the word in lower case, for lexicon look-ups (computed once: it is asked for often)
 * @param start offset of its first character
 * @param end   offset one past its last character
 */
record CountWord(String text, String lower, int start, int end) {
    CountWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lower, "lower");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /**
     * @param text  the word as written
     * @param start offset of its first character
     * @param end   offset one past its last character
     * @return the word with its lower-case form
     */
    static CountWord of(String text, int start, int end) {
        return new CountWord(text, text.toLowerCase(Locale.ROOT), start, end);
    }
}
