package attackevents.clean;

import java.time.LocalDate;

/**
 * What a page says about itself, outside the body text.
 *
 * @param title     the headline without a site-name suffix, or {@code null}
 * @param published the publication date, or {@code null}
 * @param author    the author(s), or {@code null}
 */
public record PageMetadata(String title, LocalDate published, String author) {
    /** Metadata with nothing known. */
    public static final PageMetadata NONE = new PageMetadata(null, null, null);
}
