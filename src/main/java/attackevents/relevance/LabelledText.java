package attackevents.relevance;

import java.util.Objects;

/**
 * One training or evaluation example: an article's text and whether its gold reports an attack.
 *
 * @param id       the article id
 * @param text     the text the classifier reads (cleaned title and body)
 * @param relevant whether the gold has at least one event
 */
public record LabelledText(String id, String text, boolean relevant) {
    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
