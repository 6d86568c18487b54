package attackevents.extract;

import attackevents.model.Count;
import java.util.Objects;

/**
 * One count expression found in a piece of text: where it is and the range of people it states.
 *
 * @param start offset of the expression's first character in the text searched
 * @param end   offset one past its last character
 * @param count the range; {@code count.text()} is {@code text.substring(start, end)}, evidence is left to the caller
 */
public record CountMatch(int start, int end, Count count) {
    public CountMatch {
        Objects.requireNonNull(count, "count");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
