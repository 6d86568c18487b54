package attackevents.eval.muc4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.eval.GoldArticle;
import attackevents.eval.GoldEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads every real MUC-4 key in {@code ../shared/datasets/muc4} and checks counts that can be verified
 * independently of this code with grep on the key files: distinct {@code MESSAGE: ID} values, numbered
 * {@code MESSAGE: TEMPLATE} lines, {@code (OPTIONAL)} ones, message ids with a numbered template; templates
 * whose {@code HUM TGT: EFFECT OF INCIDENT} has a {@code DEATH} (or {@code INJURY}) set value tied to a filler
 * other than {@code "-"} (each must yield a toll, which shows every such cross-reference found its target);
 * templates whose date is {@code -} plus the few dates the keys write without a year or backwards
 * (dev: {@code OCT 18}, {@code 11 NOV} three times, {@code 07 DEC}, {@code - 22 JAN}, {@code 11 NOV 90 - 19 NOV 89}).
 */
class Muc4GoldDatasetTest {
    private static final Path MUC4 = Path.of("..", "shared", "datasets", "muc4");

    @ParameterizedTest
    @CsvSource({
        // set, messages, messages with a numbered template, numbered templates, optional ones,
        // templates with a tied DEATH, with a tied INJURY, undated templates
        "dev, 1300, 700, 1114, 161, 489, 180, 27",
        "tst1, 100, 50, 85, 6, 36, 10, 3",
        "tst2, 100, 66, 106, 25, 46, 14, 4",
    })
    void readsAllKeysOfASet(String set, int messages, int relevant, int events, int optional, int deaths,
                            int injuries, int undated) throws IOException {
        Path keys = MUC4.resolve(set).resolve("keys");
        Assumptions.assumeTrue(Files.isDirectory(keys), keys + " absent, skipping");

        List<GoldArticle> gold = Muc4Gold.read(keys);

        Set<String> ids = gold.stream().map(GoldArticle::article).collect(Collectors.toSet());
        assertEquals(messages, gold.size());
        assertEquals(messages, ids.size(), "one article per message id");
        assertTrue(ids.stream().allMatch(id -> id.matches("(DEV|TST[12])-MUC[34]-\\d{4}")), "ids without site suffix");
        assertEquals(relevant, gold.stream().filter(a -> !a.events().isEmpty()).count());
        List<GoldEvent> all = gold.stream().flatMap(a -> a.events().stream()).toList();
        assertEquals(events, all.size());
        assertEquals(optional, all.stream().filter(GoldEvent::optional).count());
        assertEquals(deaths, all.stream().filter(e -> e.fatalities() != null).count());
        assertEquals(injuries, all.stream().filter(e -> e.injured() != null).count());
        assertEquals(undated, all.stream().filter(e -> e.date() == null).count());
        // Every template of every key states a type and a country (MUC-4's LOCATION is never left blank,
        // save two dev keys that write "-"), so nearly all events carry both.
        assertTrue(all.stream().filter(e -> e.type() == null).count() == 0, "every event has a type");
        assertTrue(all.stream().filter(e -> e.place() == null).count() <= 2, "events without a place");
        System.out.printf("MUC-4 %s: %d messages, %d with events, %d events (%d optional); "
                        + "with actor %d, targets %d, fatalities %d, injured %d, date %d, place name %d%n",
                set, gold.size(), relevant, all.size(), optional,
                all.stream().filter(e -> !e.actor().isEmpty()).count(),
                all.stream().mapToInt(e -> e.targets().size()).sum(),
                all.stream().filter(e -> e.fatalities() != null).count(),
                all.stream().filter(e -> e.injured() != null).count(),
                all.stream().filter(e -> e.date() != null).count(),
                all.stream().filter(e -> e.place() != null && !e.place().names().isEmpty()).count());
    }
}
