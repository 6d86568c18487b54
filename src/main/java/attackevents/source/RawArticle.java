package attackevents.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as read, before cleaning.
 *
 * @param id        the article id: the file name without extensions, or derived from a URL
 * @param source    where it came from (a path, {@code archive.warc.gz#record-id}, a URL)
 * @param type      whether {@code content} is plain text or HTML
 * @param content   the text or markup
 * @param title     a title given alongside the content (JSON input, feed metadata), or {@code null}
 * @param url       the article's URL when known, or {@code null}
 * @param published a publication date given alongside the content, or {@code null}
 */
public record RawArticle(String id, String source, ContentType type, String content,
                         String title, String url, LocalDate published) {
    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }
}
