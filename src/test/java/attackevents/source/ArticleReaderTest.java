package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final Path SHARED = Path.of("..", "shared");

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsEveryFormatPlainAndGzipped() throws IOException {
        write("t.txt", "A bomb exploded.\n");
        gzip("tz.txt.gz", "A car bomb exploded.\n");
        write("h.html", "<html><body><p>Gunmen attacked.</p></body></html>");
        gzip("hz.htm.gz", "<p>Zipped page.</p>");
        write("j.json", "{\"text\": \"Rebels attacked.\", \"title\": \"Attack\", \"url\": \"https://x.org/a\","
                + " \"published\": \"2019-03-15T23:30:00-05:00\"}");
        gzip("jz.json.gz", "{\"html\": \"<p>Shelling.</p>\", \"published\": \"2020-01-02\"}");

        Map<String, ReadOutcome> byId = readAll(List.of(dir)).stream()
                .collect(Collectors.toMap(ReadOutcome::id, Function.identity()));

        assertEquals(6, byId.size(), byId.toString());
        assertTrue(byId.values().stream().allMatch(ReadOutcome::ok), byId.toString());
        assertArticle(byId.get("t"), ContentType.TEXT, "A bomb exploded.\n");
        assertArticle(byId.get("tz"), ContentType.TEXT, "A car bomb exploded.\n");
        assertArticle(byId.get("h"), ContentType.HTML, "<html><body><p>Gunmen attacked.</p></body></html>");
        assertArticle(byId.get("hz"), ContentType.HTML, "<p>Zipped page.</p>");
        RawArticle json = byId.get("j").article();
        assertArticle(byId.get("j"), ContentType.TEXT, "Rebels attacked.");
        assertEquals("Attack", json.title());
        assertEquals("https://x.org/a", json.url());
        assertEquals(LocalDate.of(2019, 3, 15), json.published(), "the date as written, not as in UTC");
        assertArticle(byId.get("jz"), ContentType.HTML, "<p>Shelling.</p>");
        assertEquals(LocalDate.of(2020, 1, 2), byId.get("jz").article().published());
        assertEquals(dir.resolve("tz.txt.gz").toString(), byId.get("tz").source());
    }

    @Test
    void foldersAreReadRecursivelyInSortedOrderSkippingWhatIsNotAnArticle() throws IOException {
        write("b.txt", "b");
        write("a/z.txt", "az");
        write("a/b/c.html", "<p>abc</p>");
        write("c.json", "{\"text\": \"c\"}");
        write("A.txt", "capital A sorts first");
        write(".hidden.txt", "hidden");
        write(".git/x.txt", "in a hidden folder");
        write("b.meta.json", "{\"url\": \"https://x.org/b\"}");
        write("fetch-errors.jsonl", "{}");
        write("notes.pdf", "%PDF");
        write("README", "no extension");

        List<String> ids = readAll(List.of(dir)).stream().map(ReadOutcome::id).toList();

        assertEquals(List.of("A", "c", "z", "b", "c"), ids);
        List<String> sources = readAll(List.of(dir)).stream().map(o -> dir.relativize(Path.of(o.source())).toString())
                .toList();
        assertEquals(List.of("A.txt", "a/b/c.html", "a/z.txt", "b.txt", "c.json"), sources);
        assertEquals(ids, readAll(List.of(dir)).stream().map(ReadOutcome::id).toList(), "the same order every run");
    }

    @Test
    void namedInputsAreReadInTheOrderGivenAndBadNamesAreFailedOutcomes() throws IOException {
        Path second = write("second.txt", "2");
        Path first = write("first.html", "<p>1</p>");
        Path pdf = write("report.pdf", "%PDF-1.4");

        List<ReadOutcome> outcomes = readAll(List.of(second, first, pdf, dir.resolve("gone.html.gz")));

        assertEquals(List.of("second", "first", "report", "gone"), outcomes.stream().map(ReadOutcome::id).toList());
        assertEquals("unsupported file type: .pdf", outcomes.get(2).error());
        assertEquals("no such file or directory", outcomes.get(3).error());
    }

    @Test
    void sidecarFromFetchAddsUrlTitleDateAndCharset() throws IOException {
        // windows-1252 bytes for "Café €": not UTF-8, and the page does not say so itself.
        byte[] page = "<p>Caf\u00e9 \u20ac</p>".getBytes("windows-1252");
        Files.write(dir.resolve("p.html"), page);
        write("p.meta.json", "{\"url\": \"https://x.org/feed-link\", \"finalUrl\": \"https://x.org/final\","
                + " \"status\": 200, \"fetchedAt\": \"2024-05-02T08:00:00Z\", \"contentType\": \"text/html\","
                + " \"charset\": \"windows-1252\", \"feedTitle\": \"X News\", \"title\": \"Blast in town\","
                + " \"published\": \"Thu, 02 May 2024 06:30:00 GMT\"}");
        gzip("q.html.gz", "<p>plain</p>");
        write("q.meta.json", "{\"url\": \"https://x.org/q\"}");

        List<ReadOutcome> outcomes = readAll(List.of(dir));

        assertEquals(2, outcomes.size(), "sidecars are not articles: " + outcomes);
        RawArticle p = outcomes.get(0).article();
        assertEquals("<p>Caf\u00e9 \u20ac</p>", p.content());
        assertEquals("https://x.org/final", p.url());
        assertEquals("Blast in town", p.title());
        assertEquals(LocalDate.of(2024, 5, 2), p.published());
        RawArticle q = outcomes.get(1).article();
        assertEquals("https://x.org/q", q.url());
        assertNull(q.title());
        assertNull(q.published());
    }

    @Test
    void everyKindOfBadInputIsOneFailedOutcomeAndReadingGoesOn() throws IOException {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
        Files.write(dir.resolve("c-latin1.txt"), "ok then caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write("d-malformed.json", "{\"text\": \"unterminated}");
        write("e-neither.json", "{\"title\": \"no body\"}");
        write("f-corrupt.html.gz", "this was never gzip");
        write("g-fine.txt", "Still read after all that.");
        write("h-bad-sidecar.html", "<p>page</p>");
        write("h-bad-sidecar.meta.json", "{\"published\": \"yesterday\"}");

        Map<String, String> errors = readAll(List.of(dir)).stream()
                .collect(Collectors.toMap(ReadOutcome::id, o -> o.ok() ? "ok" : o.error()));

        assertEquals("empty file", errors.get("a-empty"));
        assertEquals("binary file, not text", errors.get("b-binary"));
        assertEquals("invalid UTF-8 at byte 11", errors.get("c-latin1"));
        assertTrue(errors.get("d-malformed").startsWith("malformed JSON: "), errors.get("d-malformed"));
        assertEquals("JSON has neither 'text' nor 'html'", errors.get("e-neither"));
        assertTrue(errors.get("f-corrupt").startsWith("corrupt gzip: "), errors.get("f-corrupt"));
        assertEquals("ok", errors.get("g-fine"));
        assertEquals("sidecar h-bad-sidecar.meta.json: JSON 'published' is not an ISO date or date-time: yesterday",
                errors.get("h-bad-sidecar"));
        assertEquals(8, errors.size());
        errors.values().forEach(e -> assertTrue(!e.contains("\n"), "one line: " + e));
    }

    @Test
    void fiftyMegabyteFileIsRejectedWithoutBeingRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: no 50 MB written, none to read
        }
        // Were the file read, its NUL bytes would make it "binary file, not text" instead.
        ReadOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> readAll(List.of(big)).get(0));

        assertEquals("file too large: 50 MB (limit 20 MB)", outcome.error());
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        Path text = write("t.txt", "x".repeat(2000));
        ArticleReader small = new ArticleReader(ReaderOptions.defaults().withMaxFileBytes(1000));
        try (Stream<ReadOutcome> outcomes = small.read(List.of(text))) {
            assertEquals("file too large: 2000 bytes (limit 1000 bytes)", outcomes.findFirst().orElseThrow().error());
        }
    }

    @Test
    void nothingIsReadBeforeTheStreamIsConsumed() throws IOException {
        write("a.txt", "a");
        try (Stream<ReadOutcome> outcomes = reader.read(List.of(dir))) {
            Iterator<ReadOutcome> it = outcomes.iterator();
            write("b.txt", "b written after read() was called");
            assertEquals("a", it.next().id());
            assertEquals("b written after read() was called", it.next().article().content());
        }
    }

    @Test
    void nullInputsAreProgrammingErrors() {
        assertThrows(NullPointerException.class, () -> reader.read(null));
        assertThrows(NullPointerException.class, () -> new ArticleReader(null));
    }

    @Test
    void readsTheSharedArticleExtractionPages() {
        List<ReadOutcome> outcomes = readSharedFolder("datasets/article-extraction/html", 91);
        assertTrue(outcomes.stream().allMatch(o -> o.article().type() == ContentType.HTML && o.id().length() == 64));
    }

    @Test
    void readsTheSharedMucTexts() {
        List<ReadOutcome> outcomes = readSharedFolder("datasets/muc4/tst1/texts", 100);
        assertTrue(outcomes.get(0).id().startsWith("TST1-MUC3-"), outcomes.get(0).id());
    }

    /** Reads a folder of ../shared, asserting every file in it is read; skips when ../shared is absent. */
    private List<ReadOutcome> readSharedFolder(String folder, int files) {
        Path path = SHARED.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(path), path + " absent, skipping");
        List<ReadOutcome> outcomes = readAll(List.of(path));
        assertEquals(files, outcomes.size());
        assertTrue(outcomes.stream().allMatch(ReadOutcome::ok),
                outcomes.stream().filter(o -> !o.ok()).map(ReadOutcome::error).toList().toString());
        return outcomes;
    }

    private List<ReadOutcome> readAll(List<Path> inputs) {
        try (Stream<ReadOutcome> outcomes = reader.read(inputs)) {
            return outcomes.toList();
        }
    }

    private static void assertArticle(ReadOutcome outcome, ContentType type, String content) {
        assertTrue(outcome.ok(), String.valueOf(outcome.error()));
        assertEquals(type, outcome.article().type());
        assertEquals(content, outcome.article().content());
    }

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private Path gzip(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(path))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return path;
    }
}
