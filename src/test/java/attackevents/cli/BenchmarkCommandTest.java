package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchmarkCommandTest {
    private static final Path RES = Path.of("src", "test", "resources", "attackevents");
    private static final String KEYS = RES.resolve("eval/muc4/key-tst1-0001-0002.muc4").toString();
    private static final String RESPONSE = RES.resolve("cli/muc4/response-tst1-0001-0002.muc4").toString();

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "benchmark";
        System.arraycopy(args, 0, all, 1, args.length);
        return cmd.execute(all);
    }

    @Test
    void printsOneBlockPerSlotWithALinePerRun() throws IOException {
        Path json = tmp.resolve("table.json");
        // The key file read as a response is a near-perfect run; the hand-written response a partial one.
        assertEquals(0, run("--gold", KEYS, "--gold-format", "muc4", "keys=" + KEYS, "partial=" + RESPONSE,
                "--json", json.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        int overall = lines.indexOf("overall");
        assertTrue(overall > 0, out.toString());
        assertTrue(lines.get(overall + 1).strip().startsWith("keys "), lines.get(overall + 1));
        assertTrue(lines.get(overall + 2).matches(" +partial +\\d+ +\\d+ .*"), lines.get(overall + 2));
        int type = lines.indexOf("type");
        assertTrue(lines.get(type + 2).matches(" +partial +2 +1 +0 +0 +1 +1 +0 +0\\.000 +0\\.000 +0\\.000"),
                lines.get(type + 2));
        assertTrue(lines.get(lines.size() - 1).matches(" +partial +1 +0 +1 +1\\.000 +0\\.500 +0\\.667"),
                lines.get(lines.size() - 1));
        JsonNode table = Json.mapper().readTree(json.toFile());
        assertEquals(2, table.get("runs").size());
        assertEquals("partial", table.get("runs").get(1).get("name").asText());
        assertEquals(1, table.get("runs").get(1).get("events").get("fn").asInt());
        assertTrue(table.get("runs").get(0).get("overall").get("f1").asDouble()
                > table.get("runs").get(1).get("overall").get("f1").asDouble());
    }

    @Test
    void runsMayFollowTheGoldPathsAsTheHelpShows() {
        assertEquals(0, run("--gold-format", "muc4", "--gold", KEYS, KEYS.replace("key-tst1", "key-dev")
                .replace("0001-0002", "0001-0004"), "keys=" + KEYS, "partial=" + RESPONSE), err.toString());
        assertTrue(out.toString().contains("  partial "), out.toString());
    }

    @Test
    void badRunsAreOneLineUserErrors() {
        assertEquals(2, run("--gold", KEYS, "--gold-format", "muc4", "no-equals-sign"));
        assertOneLineError("a run is NAME=FILE");
        err.getBuffer().setLength(0);
        assertEquals(2, run("--gold", KEYS, "--gold-format", "muc4", "a=" + RESPONSE, "a=" + KEYS));
        assertOneLineError("run name 'a' given twice");
        err.getBuffer().setLength(0);
        assertEquals(2, run("--gold", KEYS, "--gold-format", "muc4", "a=" + tmp.resolve("missing.jsonl")));
        assertOneLineError("predictions file not found: ");
    }

    private void assertOneLineError(String expected) {
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
        assertTrue(message.contains(expected), message);
    }
}
