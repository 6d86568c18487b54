package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CleanCommandTest {
    private static final String PAGE = "<html><head><title>Blast in town | Example News</title>"
            + "<meta property=\"article:published_time\" content=\"2020-01-02T03:04:05Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><p>"
            + "A blast hit the town centre on Thursday, police said, injuring three people. ".repeat(3)
            + "</p></article></body></html>";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path pages(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in").resolve("sub"));
        Files.writeString(in.resolve("one.html"), PAGE);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("two.html.gz")))) {
            o.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("broken.html.gz"), new byte[] {1, 2, 3});
        Files.writeString(in.resolve("notes.txt"), "not a page");
        return dir.resolve("in");
    }

    @Test
    void writesBenchmarkJsonAndWarnsAboutUnreadablePages(@TempDir Path dir) throws IOException {
        Path in = pages(dir);
        Path out = dir.resolve("out.json");
        Run r = run("clean", in.toString(), "--benchmark-json", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = Json.mapper().readTree(out.toFile());
        assertEquals(3, json.size());
        assertTrue(json.get("one").get("articleBody").asText().startsWith("A blast hit the town centre"));
        assertEquals("Blast in town", json.get("two").get("title").asText());
        assertEquals("2020-01-02", json.get("two").get("published").asText());
        assertEquals("", json.get("broken").get("articleBody").asText());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("clean: warning: cannot read ") && r.err().contains("broken.html.gz"), r.err());
    }

    @Test
    void printsJsonLinesWithoutBenchmarkOption(@TempDir Path dir) throws IOException {
        Path in = pages(dir);
        Run r = run("clean", in.resolve("sub").resolve("one.html").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode line = Json.mapper().readTree(r.out().strip());
        assertEquals("one", line.get("id").asText());
        assertEquals("2020-01-02", line.get("published").asText());
        assertTrue(line.has("author"));
        assertTrue(line.get("text").asText().contains("injuring three people."));
        assertFalse(line.get("text").asText().contains("Home"));
    }

    @Test
    void writesJsonLinesToFile(@TempDir Path dir) throws IOException {
        Path in = pages(dir);
        Path out = dir.resolve("out.jsonl");
        Run r = run("clean", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, Files.readAllLines(out).size(), "one line per readable page");
    }

    @Test
    void noPagesIsAOneLineUserError(@TempDir Path dir) {
        Run r = run("clean", dir.resolve("nothing-here").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no .html, .htm or .html.gz files found"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
