package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.model.Actor;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.Place;
import attackevents.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End-to-end checks of reader and scorer on the WikiEvents dev gold: the gold, turned into predictions by
 * taking one acceptable name of each filler, must score perfectly; no predictions must score nothing.
 */
class DevGoldSelfCheckTest {
    private List<GoldArticle> gold;

    @BeforeEach
    void readGold() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GoldReaderTest.DEV_GOLD),
                GoldReaderTest.DEV_GOLD + " absent, skipping");
        gold = new GoldReader().read(GoldReaderTest.DEV_GOLD);
    }

    private static AttackEvent asPrediction(GoldEvent g, Function<List<String>, String> pick) {
        Actor actor = g.actor().isEmpty() ? null : new Actor(pick.apply(g.actor()), null, null);
        List<Target> targets = g.targets().stream().map(t -> new Target(pick.apply(t), null)).toList();
        Place place = g.place() == null ? null : new Place(
                g.place().names().isEmpty() ? null : pick.apply(g.place().names()), g.place().country(), null);
        return new AttackEvent(g.type(), g.suicide(), actor, targets, place, g.fatalities(), g.injured(), g.date(),
                1.0, List.of());
    }

    private Map<String, ArticleRecord> predictions(Function<List<String>, String> pick) {
        return gold.stream().collect(Collectors.toMap(GoldArticle::article, a -> new ArticleRecord(a.article(),
                null, null, null, a.published(), null,
                a.events().stream().map(e -> asPrediction(e, pick)).toList(), null, null, null)));
    }

    @Test
    void goldAgainstItselfIsPerfectWhicheverNameIsPicked() {
        for (Function<List<String>, String> pick : List.<Function<List<String>, String>>of(
                names -> names.get(0), names -> names.get(names.size() - 1).toUpperCase(Locale.ROOT) + ".")) {
            Evaluation result = new EventScorer().score(gold, predictions(pick));
            SlotCounts overall = result.overall();
            assertEquals(overall.pos(), overall.cor());
            assertEquals(overall.act(), overall.cor());
            assertEquals(1.0, result.events().f1());
            int events = gold.stream().mapToInt(a -> a.events().size()).sum();
            assertEquals(events, result.events().tp());
        }
    }

    @Test
    void noPredictionsMissesEveryNonOptionalEvent() {
        Evaluation result = new EventScorer().score(gold, Map.of());
        long required = gold.stream().flatMap(a -> a.events().stream()).filter(e -> !e.optional()).count();
        assertEquals(required, result.events().fn());
        assertEquals(0, result.overall().act());
        assertEquals(result.overall().pos(), result.overall().mis());
    }
}
