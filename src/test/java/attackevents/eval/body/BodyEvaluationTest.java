package attackevents.eval.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyEvaluationTest {
    @Test
    void perfectAndEmptyPredictions() {
        Map<String, String> truth = Map.of("a", "one two three four five", "b", "six seven eight nine");
        BodyReport perfect = BodyEvaluation.evaluate(truth, truth);
        assertEquals(1.0, perfect.f1(), 1e-12);
        assertEquals(2, perfect.pages());
        BodyReport empty = BodyEvaluation.evaluate(truth, Map.of("a", "", "b", ""));
        // no predicted shingles: precision is averaged over no page (0 here), recall is 0
        assertEquals(0.0, empty.recall(), 0);
        assertEquals(0.0, empty.f1(), 0);
    }

    @Test
    void meansArePerPageNotPerShingle() {
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put("long", "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13");  // 10 shingles
        truth.put("short", "a b c d e");                                   // 2 shingles
        Map<String, String> predicted = new LinkedHashMap<>();
        predicted.put("long", "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 x y z");  // 10 right, 3 extra
        predicted.put("short", "a b c d");                                           // 1 of 2
        BodyReport r = BodyEvaluation.evaluate(truth, predicted);
        double pLong = 10.0 / 13;
        double rShort = 0.5;
        assertEquals((pLong + 1.0) / 2, r.precision(), 1e-12);
        assertEquals((1.0 + rShort) / 2, r.recall(), 1e-12);
        double p = (pLong + 1.0) / 2;
        double rec = (1.0 + rShort) / 2;
        assertEquals(2 * p * rec / (p + rec), r.f1(), 1e-12);
        assertTrue(r.toTable().startsWith("pages=2"), r.toTable());
        assertTrue(r.toTable().indexOf("short") < r.toTable().indexOf("long"), "worst page first");
    }

    @Test
    void pageWithEmptyTruthAndPredictionIsLeftOutOfBothMeans() {
        BodyReport r = BodyEvaluation.evaluate(Map.of("a", "one two three four", "b", ""),
                Map.of("a", "one two three four", "b", ""));
        assertEquals(1.0, r.precision(), 0);
        assertEquals(1.0, r.recall(), 0);
    }

    @Test
    void idsMustMatch() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BodyEvaluation.evaluate(Map.of("a", "x", "b", "y"), Map.of("a", "x", "c", "z")));
        assertTrue(e.getMessage().contains("1 missing (e.g. b), 1 extra (e.g. c)"), e.getMessage());
    }

    @Test
    void readsBenchmarkJsonFiles(@TempDir Path dir) throws IOException {
        Path truth = Files.writeString(dir.resolve("t.json"),
                "{\"p1\": {\"articleBody\": \"a b c d e\", \"url\": \"http://x\"}}");
        Path predicted = Files.writeString(dir.resolve("p.json"),
                "{\"p1\": {\"articleBody\": \"a b c d e\", \"title\": null}}");
        assertEquals(1.0, BodyEvaluation.evaluate(truth, predicted).f1(), 0);
        Path broken = Files.writeString(dir.resolve("b.json"), "{not json");
        assertThrows(IOException.class, () -> BodyEvaluation.evaluate(truth, broken));
        assertThrows(IOException.class, () -> BodyEvaluation.evaluate(truth, dir.resolve("missing.json")));
        Path array = Files.writeString(dir.resolve("a.json"), "[1, 2]");
        assertThrows(IOException.class, () -> BodyEvaluation.evaluate(truth, array));
    }
}
