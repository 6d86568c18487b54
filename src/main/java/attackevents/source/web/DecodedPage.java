package attackevents.source.web;

import java.util.Objects;

/**
 * A page's markup decoded to text, and the charset its bytes were decoded from.
 *
 * @param html    the markup, to be stored as UTF-8 (its {@code <meta charset>} says UTF-8)
 * @param charset the canonical name of the charset the bytes were read as
 */
public record DecodedPage(String html, String charset) {
    public DecodedPage {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(charset, "charset");
    }
}
