package attackevents.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The fields of a {@code .json} article file: {@code {"text": …}} or {@code {"html": …}}, with optional
 * {@code title}, {@code url} and {@code published} (an ISO date or date-time; the date is kept).
 *
 * @param type      {@link ContentType#TEXT} when the object has {@code text}, else {@link ContentType#HTML}
 * @param content   the text or markup
 * @param title     the title, or {@code null}
 * @param url       the URL, or {@code null}
 * @param published the publication date, or {@code null}
 */
record JsonArticle(ContentType type, String content, String title, String url, LocalDate published) {
    /** @throws NullPointerException when the type or the content is null */
    JsonArticle {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }

    /**
     * Reads the fields. When an object has both, {@code text} wins: it is what the producer says the article
     * says, and needs no boilerplate removal.
     *
     * @param json the file's text
     * @return the article's fields
     * @throws UnreadableInputException when the JSON is malformed, not an object, has neither {@code text} nor
     *                                  {@code html}, or has a field of the wrong kind
     */
    static JsonArticle parse(String json) throws UnreadableInputException {
        JsonNode object = JsonObjects.parseObject(json);
        String text = JsonObjects.string(object, "text");
        String html = JsonObjects.string(object, "html");
        if (text == null && html == null) {
            throw new UnreadableInputException("JSON has neither 'text' nor 'html'");
        }
        return new JsonArticle(text != null ? ContentType.TEXT : ContentType.HTML,
                text != null ? text : html,
                JsonObjects.string(object, "title"),
                JsonObjects.string(object, "url"),
                JsonObjects.date(object, "published"));
    }
}
