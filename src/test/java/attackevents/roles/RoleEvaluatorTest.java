package attackevents.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleEvaluatorTest {
    private static RoleSpan target(int start, int end, double p) {
        return new RoleSpan(start, end, RoleSpan.TARGET, p);
    }

    @Test
    void scoresExactSpansOfOneTypeAboveTheThreshold() {
        RoleSample s = RoleFeatures.sample(RoleExamplesForTests.tokens("a/DT", "b/NN", "c/NN", "d/NN"),
                java.util.Set.of(), java.util.Set.of()).withSpans(List.of(target(0, 2, 1), target(3, 4, 1)));
        List<List<RoleSample>> docs = List.of(List.of(s));
        List<List<List<RoleSpan>>> predicted = List.of(List.of(List.of(target(0, 2, 0.9), target(3, 4, 0.4),
                target(2, 3, 0.8), new RoleSpan(3, 4, RoleSpan.PERP, 0.9))));
        assertEquals(new SpanScores(2, 1, 0), RoleEvaluator.score(docs, predicted, RoleSpan.TARGET, 0.0));
        assertEquals(new SpanScores(1, 1, 1), RoleEvaluator.score(docs, predicted, RoleSpan.TARGET, 0.5));
        SpanScores p = RoleEvaluator.score(docs, predicted, RoleSpan.PERP, 0.5);
        assertEquals(new SpanScores(0, 1, 0), p);
        assertEquals(0.0, p.f1());
    }

    @Test
    void crossValidationPredictsEveryDocumentWithAModelThatDidNotSeeIt() {
        List<RoleSample> all = RoleExamplesForTests.training();
        List<List<RoleSample>> docs = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 10) {
            docs.add(all.subList(i, i + 10));
        }
        RoleEvaluator.CrossValidation cv = RoleEvaluator.crossValidate(new RoleTrainer(30, 0), docs, 2, 0.5);
        assertEquals(2, cv.models().size());
        assertEquals(docs.size(), cv.predicted().size());
        for (int d = 0; d < docs.size(); d++) {
            assertEquals(docs.get(d).size(), cv.predicted().get(d).size());
        }
        assertTrue(RoleEvaluator.score(docs, cv.predicted(), RoleSpan.TARGET, 0.5).f1() > 0.9);
        assertEquals(1, RoleEvaluator.foldOf(3, 2));
        assertThrows(IllegalArgumentException.class, () -> RoleEvaluator.crossValidate(new RoleTrainer(30, 0), docs,
                1, 0.5));
    }
}
