package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.DateSpan;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoldFormatTest {
    private static final Path EVAL = Path.of("src", "test", "resources", "attackevents", "eval");
    private static final Path TST1 = EVAL.resolve("muc4/key-tst1-0001-0002.muc4");
    private static final Path DEV = EVAL.resolve("muc4/key-dev-0001-0004.muc4");

    @Test
    void concatenatesSeveralKeyFilesInOrder() throws IOException {
        List<GoldArticle> both = GoldFormat.MUC4.read(List.of(TST1, DEV));
        assertEquals("TST1-MUC3-0001", both.get(0).article());
        assertEquals(2 + GoldFormat.MUC4.read(List.of(DEV)).size(), both.size());
        assertTrue(both.stream().anyMatch(a -> a.article().startsWith("DEV-MUC3-")));
    }

    @Test
    void refusesTheSameArticleTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldFormat.MUC4.read(List.of(TST1, TST1)));
        assertTrue(e.getMessage().contains("TST1-MUC3-0001 appears twice"), e.getMessage());
    }

    @Test
    void missingPathsNameTheFormat() {
        NoSuchFileException json = assertThrows(NoSuchFileException.class,
                () -> GoldFormat.JSON.read(List.of(TST1)));
        assertEquals("gold folder not found", json.getReason());
        NoSuchFileException muc4 = assertThrows(NoSuchFileException.class,
                () -> GoldFormat.MUC4.read(List.of(EVAL.resolve("nope"))));
        assertEquals("MUC-4 key file or folder not found", muc4.getReason());
    }

    @Test
    void againstMuc4KeysAnAssassinationCountsAsTheAttackTheMuc4WriterWrites() {
        AttackEvent murder = new AttackEvent(AttackType.ASSASSINATION, false, null, List.of(), null, null, null,
                null, 0.5, List.of());
        Map<String, ArticleRecord> run = Map.of("a", new ArticleRecord("a", null, null, null, null, "en",
                List.of(murder), List.of(), null, null));
        assertEquals(AttackType.ARMED_ASSAULT, GoldFormat.MUC4.inGoldTerms(run).get("a").events().get(0).type());
        assertEquals(AttackType.ASSASSINATION, GoldFormat.JSON.inGoldTerms(run).get("a").events().get(0).type());
        AttackEvent untyped = new AttackEvent(null, false, null, List.of(), null, null, null, null, 0.5, List.of());
        Map<String, ArticleRecord> run2 = Map.of("b", new ArticleRecord("b", null, null, null, null, "en",
                List.of(untyped), List.of(), null, null));
        assertEquals(AttackType.ARMED_ASSAULT, GoldFormat.MUC4.inGoldTerms(run2).get("b").events().get(0).type(),
                "every MUC-4 template has a type: ATTACK when no other fits");
    }

    @Test
    void againstMuc4KeysAnUndatedIncidentIsDatedOnOrBeforeTheMessage() {
        AttackEvent undated = new AttackEvent(AttackType.BOMBING, false, null, List.of(), null, null, null,
                null, 0.5, List.of());
        LocalDate published = LocalDate.of(1990, 1, 3);
        Map<String, ArticleRecord> run = Map.of("a", new ArticleRecord("a", null, null, null, published, "en",
                List.of(undated), List.of(), null, null));
        assertEquals(new DateSpan(null, published, null, null),
                GoldFormat.MUC4.inGoldTerms(run).get("a").events().get(0).date());
        assertNull(GoldFormat.JSON.inGoldTerms(run).get("a").events().get(0).date());
    }
}
