package attackevents.source.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The sidecar {@code <id>.meta.json} stored beside each fetched page.
 *
 * @param url         the URL asked for
 * @param finalUrl    the URL the page came from after redirects
 * @param status      the HTTP status of the page
 * @param fetchedAt   when it was fetched
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param charset     the charset the bytes were decoded from (the stored file is always UTF-8)
 * @param feedTitle   the title of the feed that linked to it, or {@code null}
 * @param title       the feed item's title, or {@code null}
 * @param published   the feed item's publication date, or {@code null}
 */
public record PageMeta(String url, String finalUrl, int status, Instant fetchedAt, String contentType,
                       String charset, String feedTitle, String title, LocalDate published) {
    public PageMeta {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(charset, "charset");
    }
}
