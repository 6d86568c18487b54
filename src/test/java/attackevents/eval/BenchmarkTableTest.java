package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTableTest {
    private static final Evaluation EMPTY = new Evaluation(List.of(), List.of());

    @Test
    void oneBlockPerSlotAndOverallWithOneLinePerRun() {
        String table = BenchmarkTable.render(List.of(new BenchmarkRun("a", EMPTY),
                new BenchmarkRun("a-much-longer-run-name", EMPTY)));
        List<String> lines = table.lines().toList();
        // header + (slots + overall) * (heading + 2 runs) + events heading + 2 runs
        assertEquals(1 + (Slot.values().length + 1) * 3 + 3, lines.size(), table);
        assertTrue(lines.get(0).startsWith("slot / run"));
        int overall = lines.indexOf("overall");
        assertTrue(lines.get(overall + 2).startsWith("  a-much-longer-run-name     0     0"), lines.get(overall + 2));
        // Columns line up whatever the name's length.
        assertEquals(lines.get(overall + 1).length(), lines.get(overall + 2).length());
    }

    @Test
    void jsonHasOneEntryPerRunWithoutArticleDetail() {
        var json = BenchmarkTable.toJson(List.of(new BenchmarkRun("x", EMPTY)));
        assertEquals("x", json.get("runs").get(0).get("name").asText());
        assertTrue(json.get("runs").get(0).has("overall"));
        assertTrue(!json.get("runs").get(0).has("articles"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkTable.render(List.of()));
    }
}
