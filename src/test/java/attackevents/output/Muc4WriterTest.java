package attackevents.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.eval.muc4.Muc4Responses;
import attackevents.eval.muc4.Muc4Slot;
import attackevents.eval.muc4.Muc4TemplateParser;
import attackevents.model.Actor;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Muc4WriterTest {
    private static final Set<String> THINGS = Set.of("BUS", "\"EL ESPECTADOR\" OFFICES");
    private static final Muc4Writer WRITER = new Muc4Writer(t -> THINGS.contains(t.text().toUpperCase(Locale.ROOT))
            ? Muc4Writer.TargetSlot.PHYS_TGT_ID
            : t.text().equals("JESUS FERNANDEZ") ? Muc4Writer.TargetSlot.HUM_TGT_NAME
            : Muc4Writer.TargetSlot.HUM_TGT_DESCRIPTION);

    private static AttackEvent event(AttackType type, String actor, List<String> targets, Place place,
                                     Count fatalities, Count injured, DateSpan date) {
        return new AttackEvent(type, false, actor == null ? null : new Actor(actor, null, null),
                targets.stream().map(t -> new Target(t, null)).toList(), place, fatalities, injured, date, 1.0, List.of());
    }

    private static Count range(int min, Integer max) {
        return new Count(min, max, null, null);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    /** Drops the provenance a reader adds (the fill text of dates), which the writer's input did not have. */
    private static AttackEvent bare(AttackEvent e) {
        DateSpan d = e.date() == null ? null : new DateSpan(e.date().from(), e.date().to(), null, null);
        Count f = e.fatalities() == null ? null : range(e.fatalities().min(), e.fatalities().max());
        Count i = e.injured() == null ? null : range(e.injured().min(), e.injured().max());
        return new AttackEvent(e.type(), e.suicide(), e.actor(), e.targets(), e.place(), f, i, d, e.confidence(),
                e.evidence());
    }

    private static Map<String, ArticleRecord> roundTrip(Muc4Writer writer, List<ArticleRecord> records) {
        return Muc4Responses.toRecords(Muc4TemplateParser.parse(writer.format(records), "written"), "written");
    }

    private static ArticleRecord article(String id, AttackEvent... events) {
        return new ArticleRecord(id, "src", null, null, null, "eng", List.of(events), List.of(), null, null);
    }

    @Test
    void whatMuc4CanSayReadsBackUnchanged() {
        List<AttackEvent> events = List.of(
                event(AttackType.BOMBING, "SHINING PATH", List.of("BUS", "PASSENGERS"), new Place("LIMA", "PERU", null),
                        Count.exactly(8), Count.exactly(20), DateSpan.on(day(1989, 12, 3))),
                event(AttackType.KIDNAPPING, null, List.of("JESUS FERNANDEZ"), new Place(null, "EL SALVADOR", null),
                        null, null, new DateSpan(null, day(1990, 1, 8), null, null)),
                event(AttackType.ARMED_ASSAULT, "FMLN", List.of("SOLDIERS", "CIVILIANS"),
                        new Place("SAN SALVADOR", "EL SALVADOR", null), range(2, null), range(5, 7),
                        new DateSpan(day(1990, 2, 17), day(1990, 2, 18), null, null)),
                event(AttackType.ARMED_ASSAULT, "\"EXTRADITABLES\" GROUP", List.of("\"EL ESPECTADOR\" OFFICES"), null,
                        null, null, null),
                event(AttackType.ARSON, "ARMY", List.of("PEASANTS"), null, range(24, null), null, null),
                event(AttackType.HIJACKING, "M-19", List.of(), new Place("CALI", "COLOMBIA", null), null, null, null));
        List<ArticleRecord> records = List.of(article("A-1", events.toArray(AttackEvent[]::new)), article("B-2"));

        Map<String, ArticleRecord> back = roundTrip(WRITER, records);

        assertEquals(List.of("A-1", "B-2"), List.copyOf(back.keySet()));
        assertEquals(events, back.get("A-1").events().stream().map(Muc4WriterTest::bare).toList());
        assertTrue(back.get("B-2").events().isEmpty());
    }

    @Test
    void slotsAreWrittenAsInTheKeys() {
        String text = WRITER.format(List.of(article("A-1",
                event(AttackType.BOMBING, "Shining Path", List.of("bus", "passengers"), new Place("Lima", "Peru", null),
                        Count.exactly(8), Count.exactly(20), new DateSpan(null, day(1990, 1, 8), null, null))),
                article("B-2")));

        String[] lines = text.split("\n");
        long slotLines = Arrays.stream(lines).filter(l -> l.matches("^\\d+\\.\\s.*")).count();
        assertEquals(50, slotLines, "25 slots for each of the two templates");
        for (Muc4Slot slot : Muc4Slot.values()) {
            assertTrue(text.contains(String.format("%-36s", String.format("%-4s%s", slot.number() + ".", slot.label()))),
                    slot.label());
        }
        assertTrue(text.contains("\n2.  INCIDENT: DATE                  - 08 JAN 90\n"), text);
        assertTrue(text.contains("\n3.  INCIDENT: LOCATION              PERU: LIMA\n"));
        assertTrue(text.contains("\n10. PERP: ORGANIZATION ID           \"SHINING PATH\"\n"));
        assertTrue(text.contains("\n21. HUM TGT: NUMBER                 8: \"PASSENGERS\"\n"
                + "                                    20: \"PASSENGERS\"\n"));
        assertTrue(text.contains("\n23. HUM TGT: EFFECT OF INCIDENT     DEATH: \"PASSENGERS\"\n"
                + "                                    INJURY: \"PASSENGERS\"\n"));
        assertTrue(text.contains("\n0.  MESSAGE: ID                     B-2\n1.  MESSAGE: TEMPLATE               *\n"
                + "2.  INCIDENT: DATE                  *\n"));
    }

    @Test
    void anAttackOfNoKnownTypeIsAnAttackAsEveryTemplateHasAType() {
        AttackEvent untyped = event(null, "FMLN", List.of(), null, null, null, null);
        AttackEvent back = roundTrip(WRITER, List.of(article("U-1", untyped))).get("U-1").events().get(0);
        assertEquals(AttackType.ARMED_ASSAULT, back.type());
    }

    @Test
    void anUndatedIncidentIsDatedOnOrBeforeTheMessageAsMuc4TemplatesAlwaysAre() {
        AttackEvent undated = event(AttackType.BOMBING, null, List.of(), null, null, null, null);
        ArticleRecord dated = new ArticleRecord("M-1", "src", null, null, day(1990, 1, 3), "eng", List.of(undated),
                List.of(), null, null);
        assertTrue(WRITER.format(List.of(dated)).contains("\n2.  INCIDENT: DATE                  - 03 JAN 90\n"));
        assertTrue(WRITER.format(List.of(article("M-2", undated))).contains("\n2.  INCIDENT: DATE                  -\n"),
                "no header date, no date");
    }

    @Test
    void whatMuc4CannotSayIsLostAsDocumented() {
        AttackEvent in = new AttackEvent(AttackType.ASSASSINATION, true, new Actor("isis-k", "ISKP", null),
                List.of(new Target("bus", null)), new Place("Kabul", null, null), Count.exactly(8), Count.exactly(0),
                new DateSpan(day(1989, 9, 5), null, null, null), 0.4,
                List.of(new Evidence("A bus was bombed.", 0, 17)));

        AttackEvent out = roundTrip(new Muc4Writer(t -> Muc4Writer.TargetSlot.PHYS_TGT_ID), List.of(article("K-1", in)))
                .get("K-1").events().get(0);

        assertEquals(AttackType.ARMED_ASSAULT, out.type(), "MUC-4 files a murder under ATTACK");
        assertEquals(new Actor("ISIS-K", null, null), out.actor(), "upper case, canonical name lost");
        assertEquals(List.of(new Target("BUS", null), new Target("DEAD", null)), out.targets(),
                "the dead, with no human target to carry them, are the keys' \"DEAD\"");
        assertEquals(8, out.fatalities().min());
        assertNull(out.injured(), "a zero toll is NO INJURY, which reads back as no toll");
        assertEquals(new Place(null, "KABUL", null), out.place(), "no country: the name stands in its slot");
        assertEquals(DateSpan.on(day(1989, 9, 5)).to(), out.date().to(), "open above: its first day");
        assertEquals(1.0, out.confidence());
        assertTrue(out.evidence().isEmpty());
        assertTrue(!out.suicide());
    }

    @Test
    void defaultWriterFilesTargetsAsDescriptionsAndWritesFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.muc4");
        new Muc4Writer().write(List.of(article("A-1", event(AttackType.BOMBING, null, List.of("EMBASSY"), null,
                null, null, null))), file);
        AttackEvent back = Muc4Responses.read(file).get("A-1").events().get(0);
        assertEquals(List.of(new Target("EMBASSY", null)), back.targets());
        assertTrue(Muc4TemplateParser.parse(file).get(0).fillers(Muc4Slot.PHYS_TGT_ID).isEmpty());
    }

    @Test
    void anArticleThatFailedIsAStarTemplate() {
        Map<String, ArticleRecord> back = roundTrip(WRITER, List.of(ArticleRecord.failed("X-9", "x.html", "unreadable")));
        assertTrue(back.get("X-9").events().isEmpty());
    }
}
