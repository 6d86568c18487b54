package attackevents.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * One word of a sentence as the count finder sees it: its text and character offsets.
 *
 * @param text  the word as written
 * @param start offset of its first character
 * @param end   offset one past its last character
 */
record CountWord(String text, int start, int end) {
    CountWord {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** @return the word in lower case, for lexicon look-ups */
    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
