package attackevents.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The gold fixture of one article.
 *
 * @param article   the article id
 * @param published the publication date, or {@code null}
 * @param events    every attack event the article reports
 */
public record GoldArticle(String article, LocalDate published, List<GoldEvent> events) {
    public GoldArticle {
        Objects.requireNonNull(article, "article");
        events = events == null ? List.of() : List.copyOf(events);
    }
}
