package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.cli.CommandRun;
import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The news-like test pages under {@code src/test/resources/attackevents/it/pages/} (each reporting one attack,
 * with navigation, related links, a comment form and a cookie banner around it), and what the end-to-end tests
 * do with them: write them to a folder, run {@code extract}, read its records.
 */
final class NewsPages {
    /** The pages' names, in the order a folder of them is read (sorted). */
    static final List<String> NAMES = List.of("borno-village-attack", "mogadishu-market-bombing", "quetta-car-bomb");

    /** The page the tests also serve in windows-1252: its text has non-ASCII characters (curly quotes). */
    static final String LEGACY = "mogadishu-market-bombing";

    private static final String UTF8_META = "<meta charset=\"utf-8\">";

    /** Record fields that name where an article was read from: they differ between copies of one page. */
    private static final List<String> LOCATION_FIELDS = List.of("id", "source", "url");

    private NewsPages() {
    }

    /** @return the page's markup */
    static byte[] bytes(String name) {
        Objects.requireNonNull(name, "name");
        try (InputStream in = NewsPages.class.getResourceAsStream("pages/" + name + ".html")) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the page's markup as text */
    static String html(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * @return the page as a site serving windows-1252 sends it: re-encoded, its {@code <meta charset>} saying so
     *         (its curly quotes are not ASCII, so a wrong charset shows in the record)
     */
    static byte[] windows1252(String name) {
        String html = html(name);
        if (!html.contains(UTF8_META)) {
            throw new IllegalArgumentException("page " + name + " has no " + UTF8_META);
        }
        return html.replace(UTF8_META, "<meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252"));
    }

    /**
     * Writes every page to {@code dir} as {@code <name>.html}.
     *
     * @return the folder
     */
    static Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : NAMES) {
            Files.write(dir.resolve(name + ".html"), bytes(name));
        }
        return dir;
    }

    /**
     * Runs {@code extract INPUTS -o out} and reads the records it wrote, failing when the run fails.
     *
     * @return the records, in output order
     */
    static List<JsonNode> extract(Path out, Path... inputs) throws IOException {
        List<Object> args = new ArrayList<>(List.of("extract", "-o", out));
        args.addAll(List.of(inputs));
        CommandRun run = CommandRun.of(args.toArray());
        assertEquals(0, run.code(), run.err());
        return records(out);
    }

    /** @return the JSON lines of a file */
    static List<JsonNode> records(Path jsonl) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            records.add(Json.mapper().readTree(line));
        }
        return records;
    }

    /** @return the records read from the pages on disk, by page name (their id) */
    static Map<String, JsonNode> byId(List<JsonNode> records) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.get("id").asText(), r));
        return byId;
    }

    /**
     * @param record an article record
     * @return a copy without the fields that say where it was read from: what must not depend on that
     */
    static ObjectNode content(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(LOCATION_FIELDS);
        return copy;
    }
}
