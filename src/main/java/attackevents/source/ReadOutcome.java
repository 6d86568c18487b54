package attackevents.source;

import java.util.Objects;

/**
 * The result of reading one input: an article, or the reason none could be read.
 *
 * @param id      the article id the input would have had
 * @param source  where it came from
 * @param article the article, or {@code null} when reading failed
 * @param error   a one-line reason when reading failed, else {@code null}
 */
public record ReadOutcome(String id, String source, RawArticle article, String error) {
    public ReadOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        if ((article == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of article and error must be given");
        }
    }

    /** @return a successful read */
    public static ReadOutcome of(RawArticle article) {
        return new ReadOutcome(article.id(), article.source(), article, null);
    }

    /** @return a failed read */
    public static ReadOutcome failed(String id, String source, String error) {
        return new ReadOutcome(id, source, null, error);
    }

    /** @return whether an article was read */
    public boolean ok() {
        return article != null;
    }
}
