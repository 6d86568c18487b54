package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import attackevents.AttackEvents;
import attackevents.PipelineConfig;
import attackevents.eval.EventScorer;
import attackevents.eval.Evaluation;
import attackevents.eval.GoldArticle;
import attackevents.eval.GoldFormat;
import attackevents.eval.TextReport;
import attackevents.eval.muc4.Muc4Gold;
import attackevents.model.ArticleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end on the held-out MUC-4 TST1 set (100 messages): extract with the default pipeline, the committed
 * relevance model and role tagger, in the MUC-4 scope ({@code --scope muc4}), score against the TST1 keys as {@code evaluate --gold-format muc4} does. The floor is the F1 measured when this was written less a
 * margin, so a change that loses accuracy fails here. Nothing is tuned on TST1. Takes about a minute.
 */
class Muc4AccuracyTest {
    private static final Path TST1 = Path.of("..", "shared", "datasets", "muc4", "tst1");
    private static final Path MODEL = Path.of("models", "relevance", "muc4-relevance.bin");
    private static final Path ROLES = Path.of("models", "roles", "muc4-roles.bin");
    /** Overall F1 measured on TST1 with this set-up, 0.471 (README, Accuracy), less about 0.02. */
    private static final double F1_FLOOR = 0.45;

    @Test
    void tst1OverallF1StaysAboveTheMeasuredFloor() throws IOException {
        assumeTrue(Files.isDirectory(TST1), "../shared/datasets/muc4 absent, skipping");
        List<GoldArticle> gold = Muc4Gold.read(TST1.resolve("keys"));
        AttackEvents pipeline = AttackEvents.create(PipelineConfig.defaults(Path.of("models"))
                .withRelevance(MODEL, null).withRoles(ROLES, null).withMuc4Scope(true));
        Map<String, ArticleRecord> predicted = new LinkedHashMap<>();
        pipeline.extract(List.of(TST1.resolve("texts")), r -> predicted.put(r.id(), r));
        assertEquals(100, predicted.size());
        assertTrue(predicted.values().stream().noneMatch(r -> r.error() != null), "no article fails");
        Evaluation evaluation = new EventScorer().score(gold, GoldFormat.MUC4.inGoldTerms(predicted));
        System.out.print(TextReport.render(evaluation, true));
        assertTrue(evaluation.overall().f1() >= F1_FLOOR, "overall F1 " + evaluation.overall().f1());
    }
}
