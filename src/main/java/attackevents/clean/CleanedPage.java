package attackevents.clean;

import java.util.Objects;

/**
 * The result of cleaning one HTML page.
 *
 * @param text     the article body, paragraphs separated by "\n\n" (empty when no main content was found)
 * @param metadata the page's title, publication date and author
 */
public record CleanedPage(String text, PageMetadata metadata) {
    public CleanedPage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
