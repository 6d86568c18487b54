package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.eval.muc4.Muc4Responses;
import attackevents.model.ArticleRecord;
import attackevents.output.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code --format} and {@code --relevance} options of {@code extract} (each run loads CoreNLP: seconds). */
class ExtractFormatsCommandTest {
    private static final Path TEXTS = Path.of("src", "test", "resources", "attackevents", "cli", "muc4", "texts");
    private static final String MODEL = Path.of("models", "relevance", "muc4-relevance.bin").toString();

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void relevanceModelSkipsTheTradeReportBeforeCoreNlp() throws IOException {
        Path jsonl = tmp.resolve("out.jsonl");
        // At 0.5, not the stored recall-oriented threshold: the invented trade report scores 0.36 (a short text
        // stays near the prior); this checks the wiring, RelevanceClassifierTest the model.
        assertEquals(0, run("extract", "--threads", "1", "--relevance", MODEL, "--relevance-threshold", "0.5",
                "-o", jsonl.toString(), TEXTS.toString()), err.toString());
        List<ArticleRecord> records = Files.readAllLines(jsonl).stream().map(l -> read(l)).toList();
        assertEquals(2, records.size());
        ArticleRecord bombing = records.get(0);
        ArticleRecord trade = records.get(1);
        assertEquals(null, bombing.skipped());
        assertFalse(bombing.events().isEmpty(), "the car bomb report is relevant and has an event");
        assertTrue(trade.skipped().matches("not relevant to attacks \\(p=0\\.\\d\\d\\)"), trade.skipped());
        assertTrue(trade.events().isEmpty());
        assertTrue(err.toString().contains("1 skipped"), err.toString());
    }

    @Test
    void writesMuc4TemplatesThatReadBack() throws IOException {
        Path muc4 = tmp.resolve("out.muc4");
        // Threshold 1: every article is skipped, so this run needs no CoreNLP annotation.
        assertEquals(0, run("extract", "--threads", "1", "--format", "muc4", "--relevance", MODEL,
                "--relevance-threshold", "1", "-o", muc4.toString(), TEXTS.toString()), err.toString());
        String text = Files.readString(muc4);
        assertTrue(text.contains("0.  MESSAGE: ID                     TEST-MUC-0001"), text);
        Map<String, ArticleRecord> back = Muc4Responses.read(muc4);
        assertEquals(List.of("TEST-MUC-0001", "TEST-MUC-0002"), List.copyOf(back.keySet()));
        assertTrue(back.values().stream().allMatch(r -> r.events().isEmpty()));
    }

    @Test
    void badOptionsAreOneLineUserErrors() {
        assertEquals(2, run("extract", "--format", "csv", TEXTS.toString()));
        assertOneLine("unknown --format 'csv'");
        err.getBuffer().setLength(0);
        assertEquals(2, run("extract", "--scope", "gtd", TEXTS.toString()));
        assertOneLine("unknown --scope 'gtd' (choose all or muc4)");
        err.getBuffer().setLength(0);
        assertEquals(2, run("extract", "--relevance", tmp.resolve("none.bin").toString(), TEXTS.toString()));
        assertOneLine("relevance model not found: ");
        err.getBuffer().setLength(0);
        assertEquals(2, run("extract", "--relevance", MODEL, "--relevance-threshold", "1.5", TEXTS.toString()));
        assertOneLine("--relevance-threshold must be between 0 and 1");
    }

    private void assertOneLine(String expected) {
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains(expected), message);
        assertEquals("", out.toString());
    }

    private static ArticleRecord read(String line) {
        try {
            return Json.mapper().readValue(line, ArticleRecord.class);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
