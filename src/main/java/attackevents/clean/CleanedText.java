package attackevents.clean;

import java.util.Objects;

/**
 * The result of cleaning plain text.
 *
 * @param title        the first line when it reads as a headline (then not repeated in {@code text}), or {@code null}
 * @param text         the text without boilerplate, paragraphs separated by "\n\n"
 * @param removedLines how many non-blank lines were dropped as boilerplate
 */
public record CleanedText(String title, String text, int removedLines) {
    public CleanedText {
        Objects.requireNonNull(text, "text");
        if (removedLines < 0) {
            throw new IllegalArgumentException("removedLines < 0: " + removedLines);
        }
    }
}
