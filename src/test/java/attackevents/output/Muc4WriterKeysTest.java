package attackevents.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.eval.muc4.Muc4Responses;
import attackevents.eval.muc4.Muc4TemplateParser;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trip on every real key read as a response: write the events with {@link Muc4Writer}, read them
 * back, get the same events. The only expected change is MUC-4's ROBBERY / FORCED WORK STOPPAGE, read as
 * "other", which the writer can only write as ATTACK.
 */
class Muc4WriterKeysTest {
    private static final Path MUC4 = Path.of("..", "shared", "datasets", "muc4");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "tst1", "tst2"})
    void keysReadBackUnchanged(String set) throws IOException {
        Path keys = MUC4.resolve(set).resolve("keys");
        Assumptions.assumeTrue(Files.isDirectory(keys), keys + " absent, skipping");
        Map<String, ArticleRecord> read = Muc4Responses.read(keys);

        String written = new Muc4Writer().format(List.copyOf(read.values()));
        Map<String, ArticleRecord> back = Muc4Responses.toRecords(Muc4TemplateParser.parse(written, set), set);

        assertEquals(List.copyOf(read.keySet()), List.copyOf(back.keySet()));
        int events = 0;
        for (String id : read.keySet()) {
            List<AttackEvent> expected = read.get(id).events().stream().map(Muc4WriterKeysTest::bare)
                    .map(e -> e.type() == AttackType.OTHER ? withType(e, AttackType.ARMED_ASSAULT) : e).toList();
            assertEquals(expected, back.get(id).events().stream().map(Muc4WriterKeysTest::bare).toList(), id);
            events += expected.size();
        }
        System.out.printf("MUC-4 %s keys as responses: %d articles, %d events written and read back%n",
                set, read.size(), events);
    }

    private static AttackEvent withType(AttackEvent e, AttackType type) {
        return new AttackEvent(type, e.suicide(), e.actor(), e.targets(), e.place(), e.fatalities(), e.injured(),
                e.date(), e.confidence(), e.evidence());
    }

    /** Without the fill texts a reader keeps as provenance. */
    private static AttackEvent bare(AttackEvent e) {
        DateSpan d = e.date() == null ? null : new DateSpan(e.date().from(), e.date().to(), null, null);
        Count f = e.fatalities() == null ? null : new Count(e.fatalities().min(), e.fatalities().max(), null, null);
        Count i = e.injured() == null ? null : new Count(e.injured().min(), e.injured().max(), null, null);
        return new AttackEvent(e.type(), e.suicide(), e.actor(), e.targets(), e.place(), f, i, d, e.confidence(),
                e.evidence());
    }
}
