package attackevents.source.web;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A URL to fetch, with what a feed said about it when it came from one.
 *
 * @param url       the URL
 * @param feedTitle the title of the feed it came from, or {@code null}
 * @param title     the feed item's title, or {@code null}
 * @param published the feed item's publication date, or {@code null}
 */
public record FetchTarget(String url, String feedTitle, String title, LocalDate published) {
    public FetchTarget {
        Objects.requireNonNull(url, "url");
    }

    /**
     * @param url the URL
     * @return a target with no feed information
     */
    public static FetchTarget of(String url) {
        return new FetchTarget(url, null, null, null);
    }

    /**
     * @param feed the feed
     * @param item one of its items
     * @return a target carrying the feed's and the item's titles and the item's date
     */
    public static FetchTarget of(Feed feed, FeedItem item) {
        return new FetchTarget(item.url(), feed.title(), item.title(), item.published());
    }
}
