package attackevents.source;

import java.util.Objects;
import java.util.Optional;

/** Reads one article file ({@code .txt}, {@code .html}, {@code .json}, each optionally gzipped) into an outcome. */
final class FileArticleReader {
    private final ReaderOptions options;

    /** @param options the size limit and other settings */
    FileArticleReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param file an article file (not a web archive)
     * @return the article, merged with its fetch sidecar when there is one; or the reason it could not be read
     */
    ReadOutcome read(InputFile file) {
        Objects.requireNonNull(file, "file");
        if (file.format() == InputFile.Format.WARC) {
            throw new IllegalArgumentException("a web archive is not one article: " + file.path());
        }
        String source = file.path().toString();
        try {
            return ReadOutcome.of(article(file, source));
        } catch (UnreadableInputException e) {
            return ReadOutcome.failed(file.id(), source, e.getMessage());
        } catch (RuntimeException e) {
            // A library failing on odd input must not end the run; say what happened and go on.
            return ReadOutcome.failed(file.id(), source, "unexpected error: " + e);
        }
    }

    private RawArticle article(InputFile file, String source) throws UnreadableInputException {
        byte[] data = FileBytes.read(file.path(), file.gzip(), options.maxFileBytes());
        Optional<Sidecar> sidecar = Sidecar.find(file.path(), file.id(), options.maxFileBytes());
        String title = sidecar.map(Sidecar::title).orElse(null);
        String url = sidecar.map(Sidecar::url).orElse(null);
        var published = sidecar.map(Sidecar::published).orElse(null);
        return switch (file.format()) {
            case TEXT -> {
                String text = Decoding.strictUtf8(data);
                if (text.isBlank()) {
                    throw new UnreadableInputException("blank file (whitespace only)");
                }
                yield new RawArticle(file.id(), source, ContentType.TEXT, text, title, url, published);
            }
            case HTML -> new RawArticle(file.id(), source, ContentType.HTML,
                    Decoding.html(data, storedCharset(sidecar, data)), title, url, published);
            case JSON -> {
                // What the file says about itself wins over the sidecar.
                JsonArticle json = JsonArticle.parse(Decoding.strictUtf8(data));
                yield new RawArticle(file.id(), source, json.type(), json.content(),
                        json.title() != null ? json.title() : title,
                        json.url() != null ? json.url() : url,
                        json.published() != null ? json.published() : published);
            }
            case WARC -> throw new IllegalStateException("checked above");
        };
    }

    /**
     * The charset to read a page with a sidecar in. {@code fetch} stores every page as UTF-8 and notes in the
     * sidecar the charset the server sent it in; applied to the stored UTF-8 file, that charset would garble
     * every non-ASCII character. So it counts only for bytes that are not valid UTF-8: a page kept in the bytes
     * it was served in (single-byte text with any non-ASCII letter is almost never valid UTF-8).
     *
     * @return the sidecar's charset for such bytes, else {@code null} (the page's own declaration, else UTF-8)
     */
    private static String storedCharset(Optional<Sidecar> sidecar, byte[] data) {
        return sidecar.map(Sidecar::charset).filter(c -> !Decoding.isValidUtf8(data)).orElse(null);
    }
}
