package attackevents.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceEvaluatorTest {
    private static ScoredText s(boolean relevant, double p) {
        return new ScoredText(new LabelledText("x" + p, "t", relevant), p);
    }

    private static final List<ScoredText> SCORED = List.of(s(true, 0.9), s(true, 0.8), s(true, 0.4), s(true, 0.2),
            s(false, 0.7), s(false, 0.3), s(false, 0.1), s(false, 0.05));

    @Test
    void countsAtAThreshold() {
        RelevanceScores r = RelevanceEvaluator.at(SCORED, 0.35);
        assertEquals(new RelevanceScores(3, 1, 1, 3), r);
        assertEquals(0.75, r.accuracy(), 1e-9);
        assertEquals(0.75, r.precision(), 1e-9);
        assertEquals(0.75, r.recall(), 1e-9);
        assertEquals(0.5, r.skipped(), 1e-9);
    }

    @Test
    void choosesTheHighestThresholdKeepingTheWantedRecall() {
        assertEquals(0.4, RelevanceEvaluator.chooseThreshold(SCORED, 0.75), 1e-9);
        assertEquals(0.2, RelevanceEvaluator.chooseThreshold(SCORED, 0.76), 1e-9);
        assertEquals(0.9, RelevanceEvaluator.chooseThreshold(SCORED, 0.25), 1e-9);
        assertEquals(1.0, RelevanceEvaluator.at(SCORED, RelevanceEvaluator.chooseThreshold(SCORED, 1.0)).recall());
        assertThrows(IllegalArgumentException.class, () -> RelevanceEvaluator.chooseThreshold(SCORED, 0));
    }

    @Test
    void crossValidationScoresEveryExampleOnceWithAModelThatDidNotSeeIt() {
        List<LabelledText> data = RelevanceTrainerTest.synthetic();
        List<ScoredText> cv = RelevanceEvaluator.crossValidate(new RelevanceTrainer(50, 0), data, 4);
        assertEquals(data.size(), cv.size());
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.get(i), cv.get(i).example());
        }
        // The classes share no content words, so even held-out folds are told apart.
        assertTrue(RelevanceEvaluator.at(cv, 0.5).accuracy() >= 0.9, RelevanceEvaluator.at(cv, 0.5).toString());
        assertThrows(IllegalArgumentException.class, () -> RelevanceEvaluator.crossValidate(
                RelevanceTrainer.defaults(), data, 1));
    }
}
