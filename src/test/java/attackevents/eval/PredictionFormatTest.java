package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PredictionFormatTest {
    @Test
    void guessesFromTheFileName() {
        assertEquals(PredictionFormat.JSONL, PredictionFormat.guess(Path.of("out/ours.jsonl")));
        assertEquals(PredictionFormat.JSONL, PredictionFormat.guess(Path.of("OURS.JSON")));
        assertEquals(PredictionFormat.MUC4, PredictionFormat.guess(Path.of("ge.muc4")));
        assertEquals(PredictionFormat.MUC4, PredictionFormat.guess(Path.of("key-tst1.v7")));
    }

    @Test
    void readsBothFormatsAsRecords() throws IOException {
        Path res = Path.of("src", "test", "resources", "attackevents");
        assertEquals(1, PredictionFormat.MUC4.read(res.resolve("cli/muc4/response-tst1-0001-0002.muc4"))
                .get("TST1-MUC3-0001").events().size());
        assertEquals(0, PredictionFormat.MUC4.read(res.resolve("cli/muc4/response-tst1-0001-0002.muc4"))
                .get("TST1-MUC3-0002").events().size());
        assertEquals(new PredictionReader().read(res.resolve("eval/predictions.jsonl")).keySet(),
                PredictionFormat.JSONL.read(res.resolve("eval/predictions.jsonl")).keySet());
    }
}
