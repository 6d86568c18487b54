package attackevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes with {@code train roles} and {@code extract --roles} end with exit code 2 and a reason. */
class TrainRolesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void oneFoldIsAMistake() throws IOException {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        CommandRun run = CommandRun.of("train", "roles", "--texts", texts, "--gold", tmp, "-o", tmp.resolve("m.bin"),
                "--folds", "1");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--folds"), run.err());
    }

    @Test
    void foldModelsNeedFolds() throws IOException {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        CommandRun run = CommandRun.of("train", "roles", "--texts", texts, "--gold", tmp, "-o", tmp.resolve("m.bin"),
                "--folds", "0", "--fold-models", tmp.resolve("folds"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--fold-models"), run.err());
    }

    @Test
    void missingTextsAreAMistake() {
        CommandRun run = CommandRun.of("train", "roles", "--texts", tmp.resolve("none"), "--gold", tmp, "-o",
                tmp.resolve("m.bin"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void extractRefusesAMissingRoleModelAndAThresholdWithoutOne() throws IOException {
        Path in = Files.writeString(tmp.resolve("a.txt"), "A bomb exploded.");
        CommandRun missing = CommandRun.of("extract", in, "--roles", tmp.resolve("none.bin"), "-o", "-");
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("role model not found"), missing.err());
        CommandRun alone = CommandRun.of("extract", in, "--roles-threshold", "0.5", "-o", "-");
        assertEquals(2, alone.code(), alone.err());
        assertTrue(alone.err().contains("--roles-threshold needs --roles"), alone.err());
    }
}
