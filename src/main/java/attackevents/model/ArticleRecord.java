package attackevents.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one output record each input article yields: its metadata, its events, and why it has none when it
 * has none ({@code skipped} for a deliberate skip such as a non-English article, {@code error} for input
 * that could not be read, {@code noEvents} for an article read through that reports no incident).
 *
 * @param id        the article id (file name without extensions, or derived from a URL)
 * @param source    where it was read from (a path, a path inside an archive, or a URL)
 * @param title     the title, or {@code null}
 * @param url       the article's URL, or {@code null}
 * @param published the publication date, or {@code null}
 * @param language  the detected ISO 639-3 language code, or {@code null} when not detected
 * @param events    the attacks it reports
 * @param warnings  things worth knowing that did not stop extraction
 * @param skipped   the reason the article was deliberately not processed, or {@code null}
 * @param error     the reason the article could not be processed, or {@code null}
 * @param noEvents  why an article read through has no events ("no attack mentioned"), or {@code null} when it
 *                  has events or was skipped or failed
 */
public record ArticleRecord(
        String id,
        String source,
        String title,
        String url,
        LocalDate published,
        String language,
        List<AttackEvent> events,
        List<String> warnings,
        String skipped,
        String error,
        String noEvents) {
    public ArticleRecord {
        Objects.requireNonNull(id, "id");
        events = events == null ? List.of() : List.copyOf(events);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A record that says nothing of why it has no events (one read from another system's output, say). */
    public ArticleRecord(String id, String source, String title, String url, LocalDate published, String language,
                         List<AttackEvent> events, List<String> warnings, String skipped, String error) {
        this(id, source, title, url, published, language, events, warnings, skipped, error, null);
    }

    /** @return a record for input that could not be read */
    public static ArticleRecord failed(String id, String source, String error) {
        return new ArticleRecord(id, source, null, null, null, null, List.of(), List.of(), null, error);
    }
}
