package attackevents.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article reduced to its own text.
 *
 * @param id        the article id
 * @param source    where it came from
 * @param title     the title, or {@code null}
 * @param url       the URL, or {@code null}
 * @param published the publication date, or {@code null}
 * @param author    the author, or {@code null}
 * @param text      the body: paragraphs separated by a blank line ("\n\n"), boilerplate removed
 * @param warnings  notes on what cleaning did that a user may want to know (e.g. "removed 12 boilerplate lines")
 */
public record CleanArticle(String id, String source, String title, String url, LocalDate published,
                           String author, String text, List<String> warnings) {
    public CleanArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
