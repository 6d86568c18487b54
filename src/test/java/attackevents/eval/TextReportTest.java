package attackevents.eval;

import static attackevents.eval.TestEvents.gold;
import static attackevents.eval.TestEvents.predicted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.ArticleRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {
    static Evaluation sample() {
        GoldArticle a = new GoldArticle("a", null, List.of(
                gold().actor("Islamic State", "IS").place("Afghanistan", "Kabul").fatalities(8, 8).build(),
                gold().actor("Taliban").optional().build()));
        GoldArticle b = new GoldArticle("b", null, List.of(gold().actor("ISKP").build()));
        ArticleRecord predictedA = new ArticleRecord("a", "a.txt", null, null, null, null, List.of(
                predicted().actor("Taliban fighters", null, "Taliban fighters opened fire.").place("Kabul", null)
                        .fatalities(8, 8).build()), null, null, null);
        ArticleRecord extra = new ArticleRecord("x", "x.txt", null, null, null, null, null, null, null, null);
        return new EventScorer().score(List.of(a, b), Map.of("a", predictedA, "x", extra));
    }

    @Test
    void tableHasEverySlotThenOverallThenEvents() {
        List<String> lines = TextReport.render(sample(), true).lines().toList();
        assertEquals(List.of("slot", "actor", "targets", "place", "fatalities", "injured", "type", "date", "suicide",
                "overall", "events:"), lines.stream().map(l -> l.split(" +")[0]).toList());
        assertEquals(List.of("slot", "POS", "ACT", "COR", "PAR", "INC", "MIS", "SPU", "REC", "PRE", "F1"),
                List.of(lines.get(0).split(" +")));
        // actor: a INC (Taliban fighters vs IS), b MIS; POS 2, ACT 1.
        assertEquals(List.of("actor", "2", "1", "0", "0", "1", "1", "0", "0.000", "0.000", "0.000"),
                List.of(lines.get(1).split(" +")));
        assertEquals(List.of("overall", "4", "3", "2", "0", "1", "1", "0", "0.500", "0.667", "0.571"),
                List.of(lines.get(9).split(" +")));
        assertEquals("events: TP 1  FP 0  FN 1  precision 1.000  recall 0.500  F1 0.667", lines.get(10));
    }

    @Test
    void fullReportListsMismatchesWithEvidenceAndExtraArticles() {
        String report = TextReport.render(sample(), false);
        assertTrue(report.contains("predicted articles with no gold (not scored): x"), report);
        assertTrue(report.contains("== a"), report);
        assertTrue(report.contains("gold 1 <-> predicted 1"), report);
        assertTrue(report.contains("actor      INC  predicted: Taliban fighters | gold: Islamic State / IS"), report);
        assertTrue(report.contains("evidence: \"Taliban fighters opened fire.\""), report);
        assertTrue(report.contains("gold 2 unpaired (optional: not penalised)"), report);
        assertTrue(report.contains("== b  (no prediction for this article)"), report);
        assertTrue(report.contains("actor      MIS  predicted: - | gold: ISKP"), report);
        assertFalse(report.contains("place      COR"), "COR verdicts are not mismatches");
    }
}
