package attackevents.output;

import attackevents.model.ArticleRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/** Writes article records as JSON lines: one record per line, flushed as it goes so a crash loses nothing written. */
public final class JsonLinesWriter implements AutoCloseable {
    private final Writer out;

    /** @param out where to write; closed with this writer */
    public JsonLinesWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Writes one record.
     *
     * @param record the record
     * @throws UncheckedIOException when the output cannot be written
     */
    public void write(ArticleRecord record) {
        try {
            out.write(Json.mapper().writeValueAsString(record));
            out.write('\n');
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record " + record.id(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
