package attackevents.source.web;

import java.util.List;
import java.util.Objects;

/**
 * An RSS or Atom feed as read.
 *
 * @param title the feed's (channel's) title, or {@code null}
 * @param items the articles it links to, in feed order, each URL once
 */
public record Feed(String title, List<FeedItem> items) {
    public Feed {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
