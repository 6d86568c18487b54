package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "attackevents", "eval");
    private static final String GOLD = FIXTURES.resolve("gold-small").toString();
    private static final String PREDICTED = FIXTURES.resolve("predictions.jsonl").toString();

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

    private void assertOneLineError(String expected) {
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
        assertTrue(message.contains(expected), message);
        assertEquals("", out.toString());
    }

    @Test
    void printsTheFullReport() {
        assertEquals(0, run("evaluate", "--gold", GOLD, "--predicted", PREDICTED));
        String report = out.toString();
        assertTrue(report.lines().anyMatch(l -> l.matches("overall +7 +7 +7 +0 +0 +0 +0 +1\\.000 +1\\.000 +1\\.000")),
                report);
        assertTrue(report.contains("events: TP 1  FP 0  FN 0"), report);
        assertTrue(report.contains("predicted articles with no gold (not scored): extra"), report);
        assertTrue(report.contains("gold 2 unpaired (optional: not penalised)"), report);
        assertEquals("", err.toString());
    }

    @Test
    void quietPrintsOnlyTheSummary() {
        assertEquals(0, run("evaluate", "--gold", GOLD, "--predicted", PREDICTED, "--quiet", "--task", "events"));
        assertEquals(11, out.toString().lines().count(), out.toString());
    }

    @Test
    void writesTheJsonReport() throws IOException {
        Path json = tmp.resolve("reports/report.json");
        assertEquals(0, run("evaluate", "--gold", GOLD, "--predicted", PREDICTED, "--json", json.toString()));
        JsonNode report = Json.mapper().readTree(json.toFile());
        assertEquals(1.0, report.get("overall").get("f1").asDouble());
        assertEquals(7, report.get("overall").get("cor").asInt());
        assertEquals(8, report.get("slots").size());
        assertEquals(1, report.get("events").get("tp").asInt());
        assertEquals(3, report.get("articles").size(), "a0, a1 and the extra article");
        assertTrue(out.toString().startsWith("slot "), "the text report still goes to stdout");
    }

    @Test
    void missingGoldFolderIsAOneLineUserError() {
        assertEquals(2, run("evaluate", "--gold", tmp.resolve("nope").toString(), "--predicted", PREDICTED));
        assertOneLineError("gold folder not found");
    }

    @Test
    void missingPredictionsIsAOneLineUserError() {
        assertEquals(2, run("evaluate", "--gold", GOLD, "--predicted", tmp.resolve("nope.jsonl").toString()));
        assertOneLineError("predictions file not found");
    }

    @Test
    void emptyGoldFolderIsAUserError() {
        assertEquals(2, run("evaluate", "--gold", tmp.toString(), "--predicted", PREDICTED));
        assertOneLineError("no gold fixtures");
    }

    @Test
    void malformedGoldNamesTheFile() {
        assertEquals(2, run("evaluate", "--gold", FIXTURES.resolve("bad-count").toString(), "--predicted", PREDICTED));
        assertOneLineError("b.json: events[0].fatalities: bad count 5..3");
    }

    @Test
    void badPredictionLineNamesTheLine() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\":\"a1\"}\n{oops\n");
        assertEquals(2, run("evaluate", "--gold", GOLD, "--predicted", bad.toString()));
        assertOneLineError("bad.jsonl line 2: ");
    }

    @Test
    void unknownTaskAndMissingOptionAreUsageErrors() {
        assertEquals(2, run("evaluate", "--gold", GOLD, "--predicted", PREDICTED, "--task", "bogus"));
        assertOneLineError("unknown task 'bogus' (choose from events, body)");
        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluate", "--gold", GOLD));
        assertOneLineError("--predicted");
    }

    private static final Path MUC4 = Path.of("src", "test", "resources", "attackevents", "cli", "muc4");
    private static final String KEYS = FIXTURES.resolve("muc4/key-tst1-0001-0002.muc4").toString();
    private static final String RESPONSE = MUC4.resolve("response-tst1-0001-0002.muc4").toString();

    @Test
    void scoresMuc4ResponsesAgainstMuc4Keys() {
        assertEquals(0, run("evaluate", "--gold", KEYS, "--gold-format", "muc4", "--predicted", RESPONSE,
                "--predicted-format", "muc4", "--quiet"));
        String report = out.toString();
        // Message 0001 is paired (actor URNG, farm and place right, type wrong); 0002's key event is missed.
        assertTrue(report.contains("events: TP 1  FP 0  FN 1"), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("actor +2 +1 +1 +0 +0 +1 +0 .*")), report);
        assertTrue(report.lines().anyMatch(l -> l.matches("type +2 +1 +0 +0 +1 +1 +0 .*")), report);
        assertEquals("", err.toString());
    }

    @Test
    void guessesTheMuc4PredictionFormatFromTheFileName() {
        assertEquals(0, run("evaluate", "--gold", KEYS, "--gold-format", "MUC4", "--predicted", RESPONSE, "--quiet"));
        assertTrue(out.toString().contains("events: TP 1  FP 0  FN 1"), out.toString());
    }

    @Test
    void readsSeveralGoldKeyFilesTogether() {
        String other = FIXTURES.resolve("muc4/key-dev-0001-0004.muc4").toString();
        assertEquals(0, run("evaluate", "--gold", KEYS, other, "--gold-format", "muc4", "--predicted", RESPONSE,
                "--json", tmp.resolve("r.json").toString()));
        assertTrue(out.toString().contains("== DEV-MUC3-0001"), "the dev messages are scored as missed");
        assertTrue(out.toString().contains("== TST1-MUC3-0002"), out.toString());
    }

    @Test
    void missingMuc4KeyIsAOneLineUserError() {
        assertEquals(2, run("evaluate", "--gold", tmp.resolve("none.muc4").toString(), "--gold-format", "muc4",
                "--predicted", RESPONSE));
        assertOneLineError("MUC-4 key file or folder not found: ");
    }

    @Test
    void malformedMuc4ResponseIsAOneLineUserError() {
        assertEquals(2, run("evaluate", "--gold", KEYS, "--gold-format", "muc4", "--predicted",
                MUC4.resolve("broken.muc4").toString()));
        assertOneLineError("broken.muc4:1: ");
    }

    @Test
    void unknownFormatsAreUsageErrors() {
        assertEquals(2, run("evaluate", "--gold", KEYS, "--gold-format", "xml", "--predicted", RESPONSE));
        assertOneLineError("unknown gold format 'xml'");
        err.getBuffer().setLength(0);
        assertEquals(2, run("evaluate", "--gold", KEYS, "--gold-format", "muc4", "--predicted", RESPONSE,
                "--predicted-format", "csv"));
        assertOneLineError("unknown predicted format 'csv'");
    }
}
