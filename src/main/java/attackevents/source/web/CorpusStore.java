package attackevents.source.web;

import attackevents.output.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The corpus folder {@code fetch} writes: {@code <id>.html} (UTF-8) and {@code <id>.meta.json} per page, and
 * {@code fetch-errors.jsonl} with one line per failure. A page counts as stored only when both of its files
 * are there; each is written to a temporary file and moved into place, the sidecar last, so a run that is
 * cut off never leaves a half-written page that a second run would take as done.
 */
public final class CorpusStore {
    /** The file failures are appended to, inside the corpus folder. */
    public static final String ERRORS_FILE = "fetch-errors.jsonl";

    private final Path dir;

    /**
     * @param dir the corpus folder; created when missing
     * @throws IOException when it cannot be created
     */
    public CorpusStore(Path dir) throws IOException {
        this.dir = Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
    }

    /**
     * @param id an article id
     * @return whether the page and its sidecar are both stored
     */
    public boolean has(String id) {
        return Files.isRegularFile(htmlPath(id)) && Files.isRegularFile(metaPath(id));
    }

    /**
     * Stores a page: its markup, then its sidecar, each atomically.
     *
     * @param id   the article id
     * @param html the markup, written as UTF-8
     * @param meta the sidecar
     * @throws IOException when writing fails
     */
    public void store(String id, String html, PageMeta meta) throws IOException {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(meta, "meta");
        writeAtomically(htmlPath(id), html.getBytes(StandardCharsets.UTF_8));
        writeAtomically(metaPath(id), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
    }

    /**
     * Appends a failure to {@value #ERRORS_FILE} as one JSON line.
     *
     * @param error the failure
     * @throws IOException when writing fails
     */
    public synchronized void recordFailure(FetchError error) throws IOException {
        Objects.requireNonNull(error, "error");
        String line = Json.mapper().writeValueAsString(error) + "\n";
        Files.writeString(errorsFile(), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** @return the path of {@value #ERRORS_FILE} */
    public Path errorsFile() {
        return dir.resolve(ERRORS_FILE);
    }

    /**
     * @param id an article id
     * @return where its markup goes
     */
    public Path htmlPath(String id) {
        return dir.resolve(checkId(id) + ".html");
    }

    /**
     * @param id an article id
     * @return where its sidecar goes
     */
    public Path metaPath(String id) {
        return dir.resolve(checkId(id) + ".meta.json");
    }

    private static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
            throw new IllegalArgumentException("not a file-safe id: " + id);
        }
        return id;
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
