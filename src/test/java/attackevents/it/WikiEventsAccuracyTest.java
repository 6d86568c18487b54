package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.eval.EventScorer;
import attackevents.eval.Evaluation;
import attackevents.eval.GoldReader;
import attackevents.model.ArticleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the 20 WikiEvents development articles in {@code ../shared}: the floors (overall F1
 * 0.55, event detection F1 0.70). Skips when {@code ../shared} is absent.
 */
class WikiEventsAccuracyTest {
    private static final Path DATA = SharedPipeline.SHARED.resolve("datasets/wikievents-dev");

    @Test
    void meetsTheFloors() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA), "../shared/datasets/wikievents-dev absent: skipping");
        Map<String, ArticleRecord> predicted = new LinkedHashMap<>();
        SharedPipeline.get().extract(List.of(DATA.resolve("texts")), r -> predicted.put(r.id(), r));
        Evaluation e = new EventScorer().score(new GoldReader().read(DATA.resolve("gold")), predicted);
        System.out.printf("wikievents-dev: overall F1 %.3f, events F1 %.3f%n", e.overall().f1(), e.events().f1());
        assertTrue(e.overall().f1() >= 0.55, "overall F1 " + e.overall().f1());
        assertTrue(e.events().f1() >= 0.70, "event F1 " + e.events().f1());
    }
}
