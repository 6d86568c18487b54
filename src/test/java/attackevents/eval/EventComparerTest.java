package attackevents.eval;

import static attackevents.eval.TestEvents.gold;
import static attackevents.eval.TestEvents.predicted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventComparerTest {
    private static List<Grade> grades(GoldEvent g, AttackEvent p, Slot slot) {
        return EventComparer.compare(g, p).stream().filter(v -> v.slot() == slot).map(SlotVerdict::grade).toList();
    }

    private static Grade grade(GoldEvent g, AttackEvent p, Slot slot) {
        List<Grade> all = grades(g, p, slot);
        assertEquals(1, all.size(), slot + " verdicts: " + all);
        return all.get(0);
    }

    @Test
    void actorCorParIncOnText() {
        GoldEvent g = gold().actor("Islamic State Khorasan Province", "ISKP").build();
        assertEquals(Grade.COR, grade(g, predicted().actor("ISKP").build(), Slot.ACTOR));
        assertEquals(Grade.PAR, grade(g, predicted().actor("Islamic State").build(), Slot.ACTOR));
        assertEquals(Grade.INC, grade(g, predicted().actor("Taliban").build(), Slot.ACTOR));
    }

    @Test
    void actorTakesTheBetterOfTextAndCanonical() {
        GoldEvent g = gold().actor("Islamic State Khorasan Province").build();
        assertEquals(Grade.COR, grade(g, predicted().actor("ISIS-K", "Islamic State Khorasan Province", null).build(),
                Slot.ACTOR));
        assertEquals(Grade.PAR, grade(g, predicted().actor("ISIS-K", "Islamic State", null).build(), Slot.ACTOR));
        GoldEvent byAbbreviation = gold().actor("ISIS-K").build();
        assertEquals(Grade.COR, grade(byAbbreviation,
                predicted().actor("ISIS-K", "Islamic State Khorasan Province", null).build(), Slot.ACTOR));
    }

    @Test
    void targetsAreMatchedAsASetEachGoldAtMostOnce() {
        GoldEvent g = gold().target("Russian embassy", "embassy of Russia").target("Taliban fighters").build();
        AttackEvent p = predicted().target("Taliban fighters").target("the embassy of Russia").build();
        assertEquals(List.of(Grade.COR, Grade.COR), grades(g, p, Slot.TARGETS));

        // Both predictions name the embassy: one takes it, the other cannot take it again.
        AttackEvent twice = predicted().target("embassy").target("Russian embassy").build();
        assertEquals(List.of(Grade.COR, Grade.INC), grades(g, twice, Slot.TARGETS));
    }

    @Test
    void targetsLeftOverAreMissingOrSpurious() {
        GoldEvent g = gold().target("Russian embassy").target("guards").build();
        assertEquals(List.of(Grade.PAR, Grade.MIS), grades(g, predicted().target("embassy").build(), Slot.TARGETS));
        GoldEvent one = gold().target("Russian embassy").build();
        AttackEvent three = predicted().target("guards").target("Russian embassy").target("visa applicants").build();
        List<Grade> got = grades(one, three, Slot.TARGETS);
        assertEquals(List.of(Grade.COR, Grade.SPU, Grade.SPU), got);
    }

    @Test
    void targetsOptimalNotGreedy() {
        // Greedy gives "Kabul police" to the first gold target (PAR) and leaves the second with nothing;
        // the optimum gives it to the second (COR) and "police" to the first (COR).
        GoldEvent g = gold().target("police").target("Kabul police").build();
        AttackEvent p = predicted().target("Kabul police").target("police").build();
        assertEquals(List.of(Grade.COR, Grade.COR), grades(g, p, Slot.TARGETS));
    }

    @Test
    void placeByNameAndCountry() {
        GoldEvent g = gold().place("Afghanistan", "Kabul", "Kabul city").build();
        assertEquals(Grade.COR, grade(g, predicted().place("Kabul", "Afghanistan").build(), Slot.PLACE));
        assertEquals(Grade.PAR, grade(g, predicted().place("Kabul airport", null).build(), Slot.PLACE));
        assertEquals(Grade.PAR, grade(g, predicted().place("Jalalabad", "Afghanistan").build(), Slot.PLACE),
                "only the country matches");
        assertEquals(Grade.INC, grade(g, predicted().place("Jalalabad", "Pakistan").build(), Slot.PLACE));
        assertEquals(Grade.INC, grade(g, predicted().place("Jalalabad", null).build(), Slot.PLACE));
    }

    @Test
    void placeWithOnlyACountry() {
        GoldEvent g = gold().place("Afghanistan", "Kabul").build();
        assertEquals(Grade.PAR, grade(g, predicted().place(null, "afghanistan").build(), Slot.PLACE));
        assertEquals(Grade.INC, grade(g, predicted().place(null, "Pakistan").build(), Slot.PLACE));
        GoldEvent countryOnly = gold().place("Afghanistan").build();
        assertEquals(Grade.COR, grade(countryOnly, predicted().place(null, "Afghanistan").build(), Slot.PLACE));
        assertEquals(Grade.PAR, grade(countryOnly, predicted().place("Kabul", "Afghanistan").build(), Slot.PLACE));
    }

    @Test
    void countsByPredictedMinInsideGoldRange() {
        GoldEvent g = gold().fatalities(183, 184).injured(24, null).build();
        assertEquals(Grade.COR, grade(g, predicted().fatalities(184, 184).build(), Slot.FATALITIES));
        assertEquals(Grade.COR, grade(g, predicted().fatalities(183, 200).build(), Slot.FATALITIES),
                "a predicted range counts by its min");
        assertEquals(Grade.INC, grade(g, predicted().fatalities(180, 184).build(), Slot.FATALITIES));
        assertEquals(Grade.INC, grade(g, predicted().fatalities(185, 185).build(), Slot.FATALITIES));
        assertEquals(Grade.COR, grade(g, predicted().injured(1000, null).build(), Slot.INJURED), "open max");
        assertEquals(Grade.INC, grade(g, predicted().injured(23, null).build(), Slot.INJURED));
    }

    @Test
    void typeCorWhenEqual() {
        GoldEvent g = gold().type(AttackType.ARMED_ASSAULT).build();
        assertEquals(Grade.COR, grade(g, predicted().type(AttackType.ARMED_ASSAULT).build(), Slot.TYPE));
        assertEquals(Grade.INC, grade(g, predicted().type(AttackType.BOMBING).build(), Slot.TYPE));
    }

    @Test
    void suicideScoredOnlyForGoldBombings() {
        GoldEvent bombing = gold().type(AttackType.BOMBING).suicide().build();
        assertEquals(Grade.COR, grade(bombing, predicted().suicide().build(), Slot.SUICIDE));
        assertEquals(Grade.MIS, grade(bombing, predicted().build(), Slot.SUICIDE));
        GoldEvent plainBombing = gold().type(AttackType.BOMBING).build();
        assertEquals(Grade.SPU, grade(plainBombing, predicted().suicide().build(), Slot.SUICIDE));
        assertEquals(List.of(), grades(plainBombing, predicted().build(), Slot.SUICIDE),
                "false on both sides is empty on both sides: no free COR");
        GoldEvent shooting = gold().type(AttackType.ARMED_ASSAULT).build();
        assertEquals(List.of(), grades(shooting, predicted().suicide().build(), Slot.SUICIDE));
        assertEquals(List.of(), grades(null, predicted().suicide().build(), Slot.SUICIDE));
    }

    @Test
    void dateInsideSameMonthOrOther() {
        GoldEvent g = gold().date("2022-09-05", "2022-09-06").build();
        assertEquals(Grade.COR, grade(g, predicted().date("2022-09-06", "2022-09-06").build(), Slot.DATE));
        assertEquals(Grade.PAR, grade(g, predicted().date("2022-09-20", "2022-09-20").build(), Slot.DATE));
        assertEquals(Grade.PAR, grade(g, predicted().date("2022-09-01", "2022-09-30").build(), Slot.DATE),
                "a predicted range counts by its from");
        assertEquals(Grade.INC, grade(g, predicted().date("2022-10-05", "2022-10-05").build(), Slot.DATE));
        assertEquals(Grade.INC, grade(g, predicted().date("2021-09-05", "2021-09-05").build(), Slot.DATE));
        assertEquals(Grade.COR, grade(g, predicted().date(null, "2022-09-05").build(), Slot.DATE),
                "to when from is open");
    }

    @Test
    void dateAgainstAnOpenGoldRange() {
        GoldEvent onOrBefore = gold().date(null, "1990-01-10").build();
        assertEquals(Grade.COR, grade(onOrBefore, predicted().date("1989-12-31", "1989-12-31").build(), Slot.DATE));
        assertEquals(Grade.PAR, grade(onOrBefore, predicted().date("1990-01-20", "1990-01-20").build(), Slot.DATE));
        assertEquals(Grade.INC, grade(onOrBefore, predicted().date("1990-02-01", "1990-02-01").build(), Slot.DATE));
    }

    @Test
    void goldEmptyPredictedFilledIsSpuriousAndTheReverseMissing() {
        GoldEvent g = gold().actor("ISKP").fatalities(8, 8).build();
        AttackEvent p = predicted().place("Kabul", null).date("2022-09-05", "2022-09-05").build();
        List<SlotVerdict> verdicts = EventComparer.compare(g, p);
        assertEquals(List.of(Slot.ACTOR, Slot.PLACE, Slot.FATALITIES, Slot.DATE),
                verdicts.stream().map(SlotVerdict::slot).toList());
        assertEquals(List.of(Grade.MIS, Grade.SPU, Grade.MIS, Grade.SPU),
                verdicts.stream().map(SlotVerdict::grade).toList());
    }

    @Test
    void unpairedEventsYieldAllFilledSlots() {
        GoldEvent g = gold().type(AttackType.BOMBING).suicide().actor("ISKP").target("embassy").target("guards")
                .place("Afghanistan", "Kabul").fatalities(8, 8).injured(2, 2).date("2022-09-05", "2022-09-05").build();
        List<SlotVerdict> missed = EventComparer.compare(g, null);
        assertEquals(9, missed.size());
        assertTrue(missed.stream().allMatch(v -> v.grade() == Grade.MIS && v.predicted() == null));
        AttackEvent p = predicted().type(AttackType.BOMBING).actor("ISKP").target("embassy")
                .place(null, "Afghanistan").fatalities(8, 8).build();
        List<SlotVerdict> spurious = EventComparer.compare(null, p);
        assertEquals(5, spurious.size());
        assertTrue(spurious.stream().allMatch(v -> v.grade() == Grade.SPU && v.gold() == null));
        assertThrows(IllegalArgumentException.class, () -> EventComparer.compare(null, null));
    }

    @Test
    void verdictsCarryValuesAndEvidenceForReports() {
        GoldEvent g = gold().actor("Islamic State", "IS").build();
        AttackEvent p = predicted().actor("Taliban", null, "The Taliban claimed the attack.").build();
        SlotVerdict v = EventComparer.compare(g, p).get(0);
        assertEquals(new SlotVerdict(Slot.ACTOR, Grade.INC, "Taliban", "Islamic State / IS",
                "The Taliban claimed the attack."), v);
    }
}
