package attackevents.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles in one web archive ({@code .warc} or {@code .warc.gz}), read lazily record by record with jwarc.
 * Each HTTP {@code response} record with status 200 and an HTML content type is one article; every other
 * record is skipped. A record whose HTTP message cannot be read becomes a failed outcome of its own. When the
 * archive's own framing is broken, the damaged stretch becomes one failed outcome and reading goes on from the
 * next place a record can start ({@link WarcResync}).
 */
final class WarcArticles extends LookaheadIterator<ReadOutcome> implements Closeable {
    private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

    private final Path path;
    private final String fileId;
    private final long maxBytes;
    private WarcReader reader;
    private boolean finished;
    private boolean damaged;

    /**
     * @param file     the archive
     * @param maxBytes the size limit for one response body
     */
    WarcArticles(InputFile file, long maxBytes) {
        Objects.requireNonNull(file, "file");
        if (file.format() != InputFile.Format.WARC) {
            throw new IllegalArgumentException("not a web archive: " + file.path());
        }
        this.path = file.path();
        this.fileId = file.id();
        this.maxBytes = maxBytes;
    }

    @Override
    protected ReadOutcome computeNext() {
        while (!finished) {
            ReadOutcome outcome = advance();
            if (outcome != null) {
                return outcome;
            }
        }
        return null;
    }

    /** Closes the archive; safe to call more than once. */
    @Override
    public void close() {
        finished = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing was written, so nothing is lost by ignoring a failed close
            }
            reader = null;
        }
    }

    /** @return the next outcome, or {@code null} when a record was skipped or the archive is done */
    private ReadOutcome advance() {
        try {
            if (reader == null) {
                if (Files.size(path) == 0) {
                    close();
                    return ReadOutcome.failed(fileId, path.toString(), "empty file");
                }
                reader = new WarcReader(path);
            }
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                close();
                return null;
            }
            damaged = false;
            return record.get() instanceof WarcResponse response ? article(response) : null;
        } catch (IOException | RuntimeException e) {
            if (reader == null) {
                close();
                return ReadOutcome.failed(fileId, path.toString(), reason(e));
            }
            // next() moves the position to the record it tries to read before parsing it.
            long position = reader.position();
            String resumed = resync(position);
            // One outcome per damaged stretch: false starts found while resynchronising are not news.
            boolean report = !damaged;
            damaged = true;
            return report ? ReadOutcome.failed(fileId, path + "@" + position,
                    "corrupt WARC record at byte " + position + ": " + reason(e) + " (" + resumed + ")") : null;
        }
    }

    /**
     * Moves the reader to the next possible record start after a failure at {@code position}, or closes it.
     *
     * @return where reading goes on, for the message
     */
    private String resync(long position) {
        try {
            OptionalLong start = WarcResync.nextRecordStart(path, position + 1, reader.compression());
            if (start.isPresent()) {
                reader.position(start.getAsLong());
                return "reading on from byte " + start.getAsLong();
            }
        } catch (IOException | RuntimeException e) {
            // cannot move on: stop below
        }
        close();
        return "no further records";
    }

    private static String reason(Exception e) {
        if (e instanceof ParsingException parsing) {
            return IoErrors.oneLine(parsing.getBaseMessage()); // without the file name the outcome has already
        }
        if (e instanceof IOException io) {
            return IoErrors.describe(io);
        }
        // jwarc signals some malformed headers with unchecked exceptions (a missing WARC-Date, say).
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + IoErrors.oneLine(e.getMessage()));
    }

    /** @return the response as an article, a failed outcome when its HTTP message is unreadable, or null */
    private ReadOutcome article(WarcResponse response) {
        String url = response.target();
        String id = url == null || url.isBlank() ? fileId + "@" + response.position() : ArticleIds.fromUrl(url);
        String source = path + "#" + response.id();
        try {
            if (!MediaType.HTTP.equals(response.contentType().base())) {
                return null; // dns:, gemini: and other non-HTTP captures
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() != 200 || !(MediaType.HTML.equals(type.base()) || XHTML.equals(type.base()))) {
                return null;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = FileBytes.readCapped(in, maxBytes, "response body");
            }
            if (body.length == 0) {
                return ReadOutcome.failed(id, source, "empty response body");
            }
            String html = Decoding.html(body, type.parameters().get("charset"));
            // No publication date: the capture date is not one (a crawl may come years later), and a date given
            // with the raw article wins over the page's own metadata when cleaning. Like a fetched page, an
            // archived one takes its date from its own markup, so both give the same record as the page on disk.
            return ReadOutcome.of(new RawArticle(id, source, ContentType.HTML, html, null, url, null));
        } catch (UnreadableInputException e) {
            return ReadOutcome.failed(id, source, e.getMessage());
        } catch (IOException e) {
            return ReadOutcome.failed(id, source, "corrupt HTTP response: " + reason(e));
        } catch (RuntimeException e) {
            return ReadOutcome.failed(id, source, "corrupt WARC record: " + reason(e));
        }
    }
}
