package attackevents.model;

import java.util.Objects;

/**
 * Where a filled slot came from: the sentence and the character offsets of the span in the cleaned text.
 *
 * @param sentence the whole sentence the span sits in
 * @param start    offset of the span's first character in the cleaned article text
 * @param end      offset one past the span's last character
 */
public record Evidence(String sentence, int start, int end) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
