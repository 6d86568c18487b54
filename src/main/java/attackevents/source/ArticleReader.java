package attackevents.source;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files, folders and web archives, lazily, one {@link ReadOutcome} at a time.
 *
 * <p>Inputs: {@code .txt} (text), {@code .html}/{@code .htm} (HTML), {@code .json} (an object with
 * {@code text} or {@code html}, optional {@code title}, {@code url}, {@code published}), each optionally
 * {@code .gz}; and web archives, {@code .warc}/{@code .warc.gz}, where each HTTP 200 HTML response is an article.
 * A folder is read recursively in sorted order; inside it, files of other types, hidden files, fetch sidecars
 * and {@code fetch-errors.jsonl} are passed over. A file named directly with an unsupported type is a failed
 * outcome. Every article file, and every article record of an archive, yields exactly one outcome; bad input
 * gives a failed outcome with a one-line reason and never an exception.
 *
 * <p>Example: {@code try (Stream<ReadOutcome> s = new ArticleReader().read(List.of(Path.of("corpus")))) {
 * s.forEach(o -> ...); }}
 */
public final class ArticleReader {
    private final ReaderOptions options;
    private final FileArticleReader files;

    /** A reader with the default options (articles up to 20 MB). */
    public ArticleReader() {
        this(ReaderOptions.defaults());
    }

    /** @param options the size limit and other settings */
    public ArticleReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.files = new FileArticleReader(options);
    }

    /**
     * Reads the inputs in the order given, each folder in sorted order. Nothing is read before the stream is
     * consumed, and at most one article is held at a time. Close the stream (try-with-resources) to close a
     * web archive left half read.
     *
     * @param inputs files and folders
     * @return one outcome per article file or archive record, in a deterministic order
     * @throws NullPointerException when the list or one of its paths is null
     */
    public Stream<ReadOutcome> read(List<Path> inputs) {
        Outcomes outcomes = new Outcomes(List.copyOf(inputs).iterator());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(outcomes,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(outcomes::close);
    }

    /** The outcomes of all inputs: each input expands to files, each file to one outcome or an archive's. */
    private final class Outcomes extends LookaheadIterator<ReadOutcome> implements Closeable {
        private final Iterator<Path> inputs;
        private Iterator<FolderWalker.Found> found = Collections.emptyIterator();
        private WarcArticles archive;

        Outcomes(Iterator<Path> inputs) {
            this.inputs = inputs;
        }

        @Override
        protected ReadOutcome computeNext() {
            while (true) {
                if (archive != null) {
                    if (archive.hasNext()) {
                        return archive.next();
                    }
                    archive.close();
                    archive = null;
                } else if (found.hasNext()) {
                    FolderWalker.Found item = found.next();
                    if (item.failure() != null) {
                        return item.failure();
                    }
                    ReadOutcome outcome = open(item.file());
                    if (outcome != null) {
                        return outcome;
                    }
                } else if (inputs.hasNext()) {
                    found = expand(inputs.next());
                } else {
                    return null;
                }
            }
        }

        @Override
        public void close() {
            if (archive != null) {
                archive.close();
                archive = null;
            }
        }

        /** @return the file's outcome, or {@code null} after opening an archive whose records come next */
        private ReadOutcome open(InputFile file) {
            if (file.format() == InputFile.Format.WARC) {
                archive = new WarcArticles(file, options.maxFileBytes());
                return null;
            }
            return files.read(file);
        }

        /** @return what one named input stands for: a folder's files, the file itself, or why it is neither */
        private Iterator<FolderWalker.Found> expand(Path input) {
            Objects.requireNonNull(input, "input path");
            if (Files.isDirectory(input)) {
                return new FolderWalker(input);
            }
            FolderWalker.Found single;
            Optional<InputFile> file = InputFile.of(input);
            if (!Files.exists(input)) {
                single = failure(input, file.map(InputFile::id).orElse(InputFile.fallbackId(input)),
                        "no such file or directory");
            } else if (file.isEmpty()) {
                single = failure(input, InputFile.fallbackId(input),
                        "unsupported file type: " + InputFile.extension(input));
            } else {
                single = new FolderWalker.Found(file.get(), null);
            }
            return List.of(single).iterator();
        }

        private FolderWalker.Found failure(Path input, String id, String reason) {
            return new FolderWalker.Found(null, ReadOutcome.failed(id, input.toString(), reason));
        }
    }
}
