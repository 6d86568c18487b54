package attackevents.source.web;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article a feed links to.
 *
 * @param url       the article's absolute URL
 * @param title     the item's title, or {@code null}
 * @param published the item's publication date (in the publisher's own offset), or {@code null}
 */
public record FeedItem(String url, String title, LocalDate published) {
    public FeedItem {
        Objects.requireNonNull(url, "url");
    }
}
