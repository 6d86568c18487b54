package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code extract} command as a user meets it: help, one output line per input file whatever the file holds,
 * one-line user errors, output to a new folder or to standard output. The pipeline itself is tested elsewhere.
 */
class ExtractCommandTest {
    private static final String FIXTURES = "extract/";
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final Pattern ARTICLE_SECONDS = Pattern.compile("articles in ([0-9.]+) s");

    @TempDir
    Path dir;

    @Test
    void topHelpListsEverySubcommandAndEachHasItsOwnHelp() {
        CommandRun top = CommandRun.of("--help");
        assertEquals(0, top.code(), top.err());
        List<String> names = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
        assertTrue(names.containsAll(List.of("extract", "evaluate", "clean", "fetch", "help")), names.toString());
        for (String name : names) {
            assertTrue(Pattern.compile("(?m)^\\s+" + Pattern.quote(name) + "\\b").matcher(top.out()).find(),
                    name + " not listed in:\n" + top.out());
            if (name.equals("help")) {
                continue; // picocli's help command takes a command name, not --help
            }
            CommandRun help = CommandRun.of(name, "--help");
            assertEquals(0, help.code(), name + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: attack-events " + name), help.out());
            assertEquals("", help.err(), name);
        }
    }

    @Test
    void everyInputFileGivesExactlyOneLineWithItsReason() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("attack.txt", "noticia.txt", "broken.html", "notext.json")) {
            Files.write(in.resolve(name), fixture(name));
        }
        Files.write(in.resolve("blank.txt"), new byte[0]);
        // A PNG saved with the wrong name: its header has NUL bytes.
        Files.write(in.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D,
                'I', 'H', 'D', 'R'});
        // "café" in ISO-8859-1: é is the single byte 0xE9, not UTF-8.
        byte[] latin1 = "Bomb hits café in the old town; two people are hurt.".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(in.resolve("latin1.txt"), latin1);
        sparseFile(in.resolve("huge.txt"), FIFTY_MB);
        Path out = dir.resolve("results").resolve("2024").resolve("records.jsonl"); // folders not there yet

        CommandRun run = CommandRun.of("extract", in, "-o", out);

        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), "one summary line on standard error: " + run.err());
        assertTrue(run.err().startsWith("extract: 8 articles, "), run.err());
        assertEquals("", run.out());
        Map<String, JsonNode> records = byId(Files.readAllLines(out, StandardCharsets.UTF_8));
        assertEquals(List.of("attack", "blank", "broken", "huge", "latin1", "notext", "noticia", "scan"),
                List.copyOf(records.keySet()), "one line per file, in file-name order");

        JsonNode good = records.get("attack");
        assertNull(good.get("error").textValue());
        assertNull(good.get("skipped").textValue());
        assertEquals("eng", good.get("language").asText());
        assertFalse(good.get("events").isEmpty(), good.toString());
        assertEquals("Gunmen kill six at checkpoint in northern Mali", good.get("title").asText());

        JsonNode broken = records.get("broken");
        assertNull(broken.get("error").textValue(), "unclosed tags still give a record: " + broken);
        assertEquals("eng", broken.get("language").asText(), broken.toString());

        assertTrue(records.get("noticia").get("skipped").asText().startsWith("language is spa, not English"),
                records.get("noticia").toString());
        assertEquals("empty file", error(records, "blank"));
        assertEquals("binary file, not text", error(records, "scan"));
        assertEquals("invalid UTF-8 at byte " + "Bomb hits caf".length(), error(records, "latin1"));
        assertEquals("JSON has neither 'text' nor 'html'", error(records, "notext"));
        assertEquals("file too large: 50 MB (limit 20 MB)", error(records, "huge"));
        for (String id : List.of("blank", "scan", "latin1", "notext", "huge")) {
            assertTrue(records.get(id).get("source").asText().startsWith(in.toString()), id);
            assertTrue(records.get(id).get("events").isEmpty(), id);
        }
    }

    @Test
    void dashWritesToStandardOutputAndLeavesItOpen() throws IOException {
        Path huge = sparseFile(dir.resolve("huge.txt"), FIFTY_MB);
        TrackedStream stdout = new TrackedStream();
        PrintStream saved = System.out;
        CommandRun run;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            run = CommandRun.of("extract", huge, "-o", "-");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, run.code(), run.err());
        assertFalse(stdout.closed, "extract closed standard output");
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("file too large: 50 MB (limit 20 MB)", Json.mapper().readTree(lines.get(0)).get("error").asText());
        // Refused on its size, unread: well under a second, where reading and analysing 50 MB would take minutes.
        Matcher seconds = ARTICLE_SECONDS.matcher(run.err());
        assertTrue(seconds.find(), run.err());
        assertTrue(Double.parseDouble(seconds.group(1)) < 1.0, run.err());
    }

    @Test
    void aMissingInputIsOneLineOnStandardErrorAndExitTwo() {
        Path missing = dir.resolve("no-such-folder");
        Path out = dir.resolve("out.jsonl");
        CommandRun run = CommandRun.of("extract", missing, "-o", out);
        assertEquals(2, run.code());
        assertEquals("extract: no such file or folder: " + missing + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "nothing written for a user mistake");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path input = Files.writeString(dir.resolve("in.txt"), "A bomb exploded in the town on Monday.");
        CommandRun intoFile = CommandRun.of("extract", input, "-o", file.resolve("out.jsonl"));
        assertEquals(2, intoFile.code(), intoFile.err());
        assertEquals("extract: cannot write " + file.resolve("out.jsonl") + ": " + file + " is a file, not a folder"
                + System.lineSeparator(), intoFile.err());
        CommandRun ontoFolder = CommandRun.of("extract", input, "-o", dir);
        assertEquals(2, ontoFolder.code(), ontoFolder.err());
        // The reason is the operating system's ("Is a directory" on Linux).
        assertTrue(ontoFolder.err().startsWith("extract: cannot write " + dir + ": "), ontoFolder.err());
        assertEquals(1, ontoFolder.err().lines().count(), ontoFolder.err());
    }

    @Test
    void modelsThatCannotBeLoadedAreOneLineAndLeaveAnEarlierOutputAlone() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "A bomb exploded in the town on Monday.");
        Path out = Files.writeString(dir.resolve("out.jsonl"), "{\"id\": \"from an earlier run\"}\n");
        // a models folder with its sub-folders but no data files in them
        Path models = dir.resolve("models");
        for (String sub : List.of("clean", "lexicon", "gazetteers")) {
            Files.createDirectories(models.resolve(sub));
        }
        Path fresh = dir.resolve("fresh.jsonl");
        for (Path target : List.of(out, fresh)) {
            CommandRun run = CommandRun.of("extract", input, "-o", target, "--models", models);
            assertEquals(2, run.code(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("extract: cannot load models: "), run.err());
            assertTrue(run.err().startsWith("extract: cannot load models: no such file: " + models), run.err());
            assertFalse(run.err().contains("cannot write"), run.err());
        }
        assertEquals("{\"id\": \"from an earlier run\"}\n", Files.readString(out), "output truncated");
        assertFalse(Files.exists(fresh), "an output file left behind by a run that wrote nothing");
    }

    @Test
    void badArgumentsAreOneLineUserErrors() {
        for (List<String> args : List.of(List.of("extract"), List.of("extract", "--max-file-mb", "0", dir.toString()),
                List.of("extract", "--threads", "zero", dir.toString()),
                List.of("extract", "--threads", "0", dir.toString()),
                List.of("extract", "--max-file-mb", "99999999999999", dir.toString()))) {
            CommandRun run = CommandRun.of(args.toArray());
            assertEquals(2, run.code(), args + ": " + run.err());
            assertFalse(run.err().contains("internal error"), run.err());
            assertEquals(1, run.err().lines().count(), args + ": " + run.err());
            assertTrue(run.err().startsWith("extract: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    private static String error(Map<String, JsonNode> records, String id) {
        return records.get(id).get("error").asText();
    }

    private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode record = Json.mapper().readTree(line);
            assertNull(byId.put(record.get("id").asText(), record), "two lines for " + record.get("id"));
        }
        return byId;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + FIXTURES + name);
            }
            return in.readAllBytes();
        }
    }

    /** A file of {@code size} bytes that takes no disk space on file systems with sparse files. */
    private static Path sparseFile(Path path, long size) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            file.setLength(size);
        }
        return path;
    }

    /** Standard output as the test sees it: the bytes, and whether anyone closed it. */
    private static final class TrackedStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
