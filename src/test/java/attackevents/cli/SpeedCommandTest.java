package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code speed} command's user errors: one line, exit 2, before any model is loaded where possible. */
class SpeedCommandTest {
    @TempDir
    Path dir;

    private static void assertUserError(CommandRun run, String start) {
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("speed: " + start), run.err());
        assertFalse(run.err().contains("internal error"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badOptionValuesAreOneLineUserErrors() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "A bomb exploded in the town on Monday.");
        for (String limit : List.of("-1", "0")) {
            assertUserError(CommandRun.of("speed", input, "--limit", limit), "--limit must be at least 1");
        }
        assertUserError(CommandRun.of("speed", input, "--limit", "many"), "");
        assertUserError(CommandRun.of("speed", dir.resolve("missing.txt")), "no such file or folder: ");
    }

    @Test
    void modelsThatCannotBeLoadedAreOneLineUserErrors() throws IOException {
        Path input = Files.writeString(dir.resolve("in.txt"), "A bomb exploded in the town on Monday.");
        Path noCleaning = Files.createDirectories(dir.resolve("bare"));
        assertUserError(CommandRun.of("speed", input, "--models", noCleaning), "cannot load models: no such file: ");
        // the cleaner's files are there, the extraction's are not: AttackEvents.create fails
        Path noLexicon = dir.resolve("no-lexicon");
        Files.createDirectories(noLexicon.resolve("lexicon"));
        try (var files = Files.list(Path.of("models", "clean"))) {
            for (Path f : files.toList()) {
                Files.createDirectories(noLexicon.resolve("clean"));
                Files.copy(f, noLexicon.resolve("clean").resolve(f.getFileName()));
            }
        }
        CommandRun run = CommandRun.of("speed", input, "--models", noLexicon);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("speed: cannot load models: no such file: ")),
                run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
