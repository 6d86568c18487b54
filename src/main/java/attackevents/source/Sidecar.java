package attackevents.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the {@code fetch} command knew about a page it saved as {@code X.html}, kept beside it in
 * {@code X.meta.json} (fields url, finalUrl, status, fetchedAt, contentType, charset, feedTitle, title,
 * published; only those below are used).
 *
 * @param url       the page's URL: {@code finalUrl} (after redirects) when present, else {@code url}; or {@code null}
 * @param title     the title the feed gave the article, or {@code null}
 * @param published the publication date the feed gave, or {@code null}
 * @param charset   the charset of the HTTP response, or {@code null}
 */
record Sidecar(String url, String title, LocalDate published, String charset) {
    /** The suffix that makes {@code X.meta.json} the sidecar of article {@code X}. */
    static final String SUFFIX = ".meta.json";

    /**
     * @param article  an article file
     * @param id       its id
     * @param maxBytes the size limit for the sidecar file
     * @return the sidecar next to it, or empty when there is none
     * @throws UnreadableInputException when a sidecar exists but cannot be read ("sidecar X.meta.json: …")
     */
    static Optional<Sidecar> find(Path article, String id, long maxBytes) throws UnreadableInputException {
        Path file = article.resolveSibling(id + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode meta = JsonObjects.parseObject(Decoding.strictUtf8(FileBytes.read(file, false, maxBytes)));
            String finalUrl = JsonObjects.string(meta, "finalUrl");
            return Optional.of(new Sidecar(
                    finalUrl != null ? finalUrl : JsonObjects.string(meta, "url"),
                    JsonObjects.string(meta, "title"),
                    JsonObjects.date(meta, "published"),
                    JsonObjects.string(meta, "charset")));
        } catch (UnreadableInputException e) {
            // The article is fine, but dropping what the sidecar says silently would lose its URL and date.
            throw new UnreadableInputException("sidecar " + file.getFileName() + ": " + e.getMessage());
        }
    }
}
