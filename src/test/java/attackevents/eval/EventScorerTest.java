package attackevents.eval;

import static attackevents.eval.TestEvents.gold;
import static attackevents.eval.TestEvents.predicted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventScorerTest {
    private final EventScorer scorer = new EventScorer();

    private static GoldArticle goldArticle(String id, GoldEvent... events) {
        return new GoldArticle(id, null, Arrays.asList(events));
    }

    private static ArticleRecord record(String id, AttackEvent... events) {
        return new ArticleRecord(id, id + ".txt", null, null, null, "eng", Arrays.asList(events), null, null, null);
    }

    private static List<String> pairs(ArticleEvaluation a) {
        return a.matches().stream().map(m -> m.gold() + "-" + m.predicted()).toList();
    }

    @Test
    void optimalPairingBeatsGreedy() {
        // Gold A with predicted X is worth 3 (type, actor, place: the best single pair), but then B has nothing
        // it may pair with; A-Y (place, fatalities) plus B-X (actor, targets) is worth 4.
        GoldEvent a = gold().type(AttackType.BOMBING).actor("ISKP").place("Afghanistan", "Kabul").fatalities(8, 8)
                .build();
        GoldEvent b = gold().actor("ISKP").target("embassy").build();
        AttackEvent x = predicted().type(AttackType.BOMBING).actor("ISKP").place("Kabul", null).target("embassy")
                .build();
        AttackEvent y = predicted().place("Kabul", null).fatalities(8, 8).build();
        ArticleEvaluation result = scorer.scoreArticle(goldArticle("a", a, b), record("a", x, y));
        assertEquals(List.of("1-2", "2-1"), pairs(result));
        assertEquals(new EventCounts(2, 0, 0), result.events());
        // A-Y: place COR, fatalities COR, actor and type MIS; B-X: actor COR, targets COR, place and type SPU.
        assertEquals(new SlotCounts(2, 0, 0, 2, 0).plus(new SlotCounts(2, 0, 0, 0, 2)),
                Arrays.stream(Slot.values()).map(result::counts).reduce(SlotCounts.ZERO, SlotCounts::plus));
    }

    @Test
    void pairWithoutCreditInActorTargetsPlaceOrFatalitiesIsNotFormed() {
        // Type, date and injured agree, but nothing that anchors an event does.
        GoldEvent g = gold().type(AttackType.BOMBING).actor("ISKP").place("Afghanistan", "Kabul")
                .injured(3, 3).date("2022-09-05", "2022-09-05").build();
        AttackEvent p = predicted().type(AttackType.BOMBING).actor("Taliban").place("Lahore", "Pakistan")
                .injured(3, 3).date("2022-09-05", "2022-09-05").build();
        ArticleEvaluation result = scorer.scoreArticle(goldArticle("a", g), record("a", p));
        assertEquals(List.of("1-null", "null-1"), pairs(result));
        assertEquals(new EventCounts(0, 1, 1), result.events());
        assertEquals(new SlotCounts(0, 0, 0, 1, 1), result.counts(Slot.TYPE));
        assertEquals(new SlotCounts(0, 0, 0, 1, 1), result.counts(Slot.PLACE));

        // One PAR on the place is enough.
        AttackEvent near = predicted().type(AttackType.BOMBING).actor("Taliban").place("Jalalabad", "Afghanistan")
                .build();
        assertEquals(List.of("1-1"), pairs(scorer.scoreArticle(goldArticle("a", g), record("a", near))));
    }

    @Test
    void ineligiblePairDoesNotCrowdOutAnEligibleOne() {
        // X agrees with the gold on type, date and injured (3 credits) but on nothing that anchors; Y only on
        // the place (1 credit). The gold event must pair with Y.
        GoldEvent g = gold().type(AttackType.BOMBING).place("Afghanistan", "Kabul").injured(3, 3)
                .date("2022-09-05", "2022-09-05").build();
        AttackEvent x = predicted().type(AttackType.BOMBING).injured(3, 3).date("2022-09-05", "2022-09-05").build();
        AttackEvent y = predicted().place("Kabul", null).build();
        assertEquals(List.of("1-2", "null-1"), pairs(scorer.scoreArticle(goldArticle("a", g), record("a", x, y))));
    }

    @Test
    void unpairedOptionalGoldAddsNothingAndPairedOptionalIsScored() {
        GoldEvent main = gold().actor("ISKP").place("Afghanistan", "Kabul").build();
        GoldEvent background = gold().actor("Taliban").place("Afghanistan", "Kandahar").fatalities(5, 5).optional()
                .build();
        ArticleEvaluation missed = scorer.scoreArticle(goldArticle("a", main, background),
                record("a", predicted().actor("ISKP").place("Kabul", null).build()));
        assertEquals(new EventCounts(1, 0, 0), missed.events());
        assertEquals(SlotCounts.ZERO, missed.counts(Slot.FATALITIES));
        assertEquals(List.of(), missed.matches().get(1).verdicts());

        ArticleEvaluation found = scorer.scoreArticle(goldArticle("a", main, background),
                record("a", predicted().actor("ISKP").place("Kabul", null).build(),
                        predicted().actor("Taliban").place("Kandahar", null).fatalities(6, 6).build()));
        assertEquals(new EventCounts(2, 0, 0), found.events(), "a paired optional event is a true positive");
        assertEquals(new SlotCounts(0, 0, 1, 0, 0), found.counts(Slot.FATALITIES), "and is scored normally");
    }

    @Test
    void unpairedGoldIsMissedAndUnpairedPredictionSpurious() {
        GoldEvent g = gold().actor("ISKP").target("embassy").target("guards").build();
        AttackEvent p = predicted().actor("Boko Haram").place("Maiduguri", "Nigeria").build();
        ArticleEvaluation result = scorer.scoreArticle(goldArticle("a", g), record("a", p));
        assertEquals(new SlotCounts(0, 0, 0, 1, 1), result.counts(Slot.ACTOR));
        assertEquals(new SlotCounts(0, 0, 0, 2, 0), result.counts(Slot.TARGETS));
        assertEquals(new SlotCounts(0, 0, 0, 0, 1), result.counts(Slot.PLACE));
    }

    @Test
    void missingArticleCountsAllMissedAndExtraArticleIsListedOnly() {
        GoldArticle a = goldArticle("a", gold().actor("ISKP").fatalities(8, 8).build(),
                gold().actor("Taliban").optional().build());
        GoldArticle b = goldArticle("b", gold().actor("ISKP").build());
        Map<String, ArticleRecord> predicted = Map.of(
                "b", record("b", predicted().actor("ISKP").build()),
                "z", record("z", predicted().actor("someone").build()));
        Evaluation result = scorer.score(List.of(a, b), predicted);
        assertEquals(List.of("a", "b"), result.articles().stream().map(ArticleEvaluation::article).toList());
        assertFalse(result.articles().get(0).predicted());
        assertEquals(List.of("z"), result.extraArticles());
        assertEquals(new EventCounts(1, 0, 1), result.events());
        assertEquals(new SlotCounts(1, 0, 0, 1, 0), result.slots().get(Slot.ACTOR));
        assertEquals(new SlotCounts(1, 0, 0, 2, 0), result.overall());
    }

    @Test
    void failedPredictionRecordKeepsItsReason() {
        ArticleEvaluation result = scorer.scoreArticle(goldArticle("a", gold().actor("ISKP").build()),
                ArticleRecord.failed("a", "a.html", "not HTML"));
        assertEquals("not HTML", result.predictionReason());
        assertEquals(new EventCounts(0, 0, 1), result.events());
        assertNull(scorer.scoreArticle(goldArticle("a"), record("a")).predictionReason());
    }

    @Test
    void recordWithoutAnEventKeepsItsReason() {
        ArticleRecord none = new ArticleRecord("a", "a.txt", null, null, null, "eng", List.of(), List.of(), null, null,
                "no attack mentioned");
        ArticleEvaluation result = scorer.scoreArticle(goldArticle("a", gold().actor("ISKP").build()), none);
        assertEquals("no attack mentioned", result.predictionReason());
    }

    @Test
    void articleWithNoEventsOnEitherSideScoresNothing() {
        Evaluation result = scorer.score(List.of(goldArticle("a")), Map.of("a", record("a")));
        assertEquals(SlotCounts.ZERO, result.overall());
        assertEquals(EventCounts.ZERO, result.events());
    }

    @Test
    void rejectsDuplicateGoldIds() {
        assertThrows(IllegalArgumentException.class,
                () -> scorer.score(List.of(goldArticle("a"), goldArticle("a")), Map.of()));
    }
}
