package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.SharedPipeline;
import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Merging mentions into events, on mentions built by hand. */
class EventMergerTest {
    private static final String FIRST = "A car bomb killed eight people, including two embassy staff, in Kabul.";
    private static final String NEXT = "Three soldiers died and six others were wounded.";
    private static final Evidence TRIGGER = new Evidence(FIRST, 6, 10);
    private static final Evidence EIGHT = new Evidence(FIRST, 18, 30);
    private static final Evidence THREE = new Evidence(NEXT, 73, 87);
    private static final Evidence SIX = new Evidence(NEXT, 101, 111);

    private static EventMerger merger;

    @BeforeAll
    static void load() {
        merger = new EventMerger(ExtractionModels.load(SharedPipeline.MODELS));
    }

    private static AttackMention mention(Count fatalities) {
        return new AttackMention(0, TRIGGER, AttackType.BOMBING, false, false, false, false, null, 0, List.of(), null,
                fatalities, null, null);
    }

    private static AttackMention continuation(Count fatalities, Count injured) {
        Evidence any = fatalities != null ? fatalities.evidence() : injured.evidence();
        return new AttackMention(1, any, null, false, false, false, true, null, 0, List.of(), null, fatalities,
                injured, null);
    }

    @Test
    void aContinuationAddsEvidenceOnlyForTheTollsTheEventTakesFromIt() {
        List<AttackEvent> events = merger.merge(List.of(mention(new Count(8, 8, "eight people", EIGHT)),
                continuation(new Count(3, 3, "Three soldiers", THREE), new Count(6, 6, "six others", SIX))));
        assertEquals(1, events.size(), events.toString());
        AttackEvent e = events.get(0);
        assertEquals(8, e.fatalities().min(), "the first toll stays");
        assertEquals(6, e.injured().min());
        assertEquals(List.of(TRIGGER, SIX), e.evidence(), "no evidence for the deaths the event does not report");
    }

    @Test
    void aContinuationWhoseTollsAreAllTakenAddsNoEvidence() {
        List<AttackEvent> events = merger.merge(List.of(mention(new Count(8, 8, "eight people", EIGHT)),
                continuation(new Count(3, 3, "Three soldiers", THREE), null)));
        assertEquals(List.of(TRIGGER), events.get(0).evidence());
    }

    @Test
    void aLaterTollOfOtherPeopleAddsToTheFirst() {
        // "Labor leader Febe Velasquez died ..." then "The bomb left seven other people dead.": eight dead
        List<AttackEvent> events = merger.merge(List.of(mention(new Count(1, 1, "Febe Velasquez", EIGHT)),
                continuation(new Count(7, 7, "seven other people", SIX), null)));
        assertEquals(8, events.get(0).fatalities().min(), events.toString());
        assertEquals(8, events.get(0).fatalities().max());
        // a list that names someone counted before again is no addition: "Rivera and the two other supporters"
        events = merger.merge(List.of(mention(new Count(3, 3, "Rivera and two", EIGHT)),
                continuation(new Count(3, 3, "Rivera and the two other", SIX), null)));
        assertEquals(3, events.get(0).fatalities().min(), events.toString());
        // without "other", a later toll is the same dead told again
        events = merger.merge(List.of(mention(new Count(8, 8, "eight people", EIGHT)),
                continuation(new Count(8, 8, "eight people", SIX), null)));
        assertEquals(8, events.get(0).fatalities().min(), events.toString());
    }

    private static AttackMention victimAt(int sentence, String victim, String town, LocalDate day) {
        Evidence at = new Evidence(NEXT, 0, 5);
        return new AttackMention(sentence, at, AttackType.ASSASSINATION, false, false, false, false, null, 0,
                List.of(new Target(victim, at)), new Place(town, "Guatemala", at), null, null,
                day == null ? null : new DateSpan(day, day, day.toString(), at));
    }

    @Test
    void twoEventsOfOneTypeWithTheSameVictimAreOne() {
        // told apart by their places, they name the same person killed the same way: one incident told twice
        List<AttackEvent> events = merger.merge(List.of(victimAt(0, "Hector Oqueli", "Guatemala City", null),
                victimAt(4, "Hector Oqueli", "Escuintla", LocalDate.of(1990, 1, 12))));
        assertEquals(1, events.size(), events.toString());
        assertEquals("Guatemala City", events.get(0).place().name());
        assertEquals(LocalDate.of(1990, 1, 12), events.get(0).date().from(), "the later event fills what is empty");
        events = merger.merge(List.of(victimAt(0, "Hector Oqueli Colindres", "Guatemala City", null),
                victimAt(4, "Hector Oqueli", "Escuintla", null)));
        assertEquals(1, events.size(), "a name held whole in a longer one: " + events);
        events = merger.merge(List.of(victimAt(0, "former mayor", "Guatemala City", null),
                victimAt(4, "mayor", "Escuintla", null)));
        assertEquals(2, events.size(), "one word is no name: " + events);
        // on other days they are two incidents
        events = merger.merge(List.of(victimAt(0, "Hector Oqueli", "Guatemala City", LocalDate.of(1989, 5, 2)),
                victimAt(4, "Hector Oqueli", "Escuintla", LocalDate.of(1990, 1, 12))));
        assertEquals(2, events.size(), events.toString());
        // "people" says nothing of who they were
        events = merger.merge(List.of(victimAt(0, "people", "Guatemala City", null),
                victimAt(4, "people", "Escuintla", null)));
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void theIncidentKeepsTheTypeOfItsFirstTypedMention() {
        // "Gunmen attacked the mayor's convoy." then "Police later found dynamite nearby.": still an armed assault
        AttackMention attack = new AttackMention(0, TRIGGER, AttackType.ARMED_ASSAULT, false, false, false, false, null,
                0, List.of(), null, new Count(8, 8, "eight people", EIGHT), null, null);
        AttackMention dynamite = new AttackMention(1, THREE, AttackType.BOMBING, false, false, false, false, null, 0,
                List.of(), null, null, null, null);
        List<AttackEvent> events = merger.merge(List.of(attack, dynamite));
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(0).type());
    }

    private static AttackMention typed(int sentence, AttackType type, String target) {
        return new AttackMention(sentence, TRIGGER, type, false, false, false, false, null, 0,
                List.of(new Target(target, THREE)), null, new Count(2, 2, "two", THREE), null, null);
    }

    @Test
    void anotherKindOfAttackThatNamesATargetIsAnotherIncident() {
        // "Rebels kidnapped the mayor." then "They shot two of his guards.": two incidents, as MUC-4 files them
        List<AttackEvent> events = merger.merge(List.of(typed(0, AttackType.KIDNAPPING, "the mayor"),
                typed(1, AttackType.ARMED_ASSAULT, "two of his guards")));
        assertEquals(2, events.size(), events.toString());
        assertEquals(AttackType.KIDNAPPING, events.get(0).type());
        assertEquals(AttackType.ARMED_ASSAULT, events.get(1).type());
    }

    @Test
    void aLaterIncidentToldWithOnlyItsSettingIsDropped() {
        // "Rebels kidnapped the mayor in San Miguel." then "The FMLN also claimed the 1 April bombing in Usulutan.":
        // the bombing, with no victim and no toll, is an attack told elsewhere; the first incident needs less
        AttackMention kidnapping = new AttackMention(0, TRIGGER, AttackType.KIDNAPPING, false, false, false, false,
                null, 0, List.of(new Target("the mayor", THREE)), new Place("San Miguel", "El Salvador", THREE), null,
                null, null);
        Actor fmln = new Actor("FMLN", "FMLN", SIX);
        Place usulutan = new Place("Usulutan", "El Salvador", SIX);
        DateSpan april = new DateSpan(LocalDate.of(1990, 4, 1), LocalDate.of(1990, 4, 1), "1 April", SIX);
        AttackMention bombing = new AttackMention(1, TRIGGER, AttackType.BOMBING, false, false, false, false, fmln, 1,
                List.of(), usulutan, null, null, april);
        assertEquals(1, merger.merge(List.of(kidnapping, bombing)).size());
        assertEquals(1, merger.merge(List.of(bombing)).size(), "the first incident stands with its setting alone");
        AttackMention counted = new AttackMention(1, TRIGGER, AttackType.BOMBING, false, false, false, false, fmln, 1,
                List.of(), usulutan, new Count(3, 3, "Three soldiers", THREE), null, april);
        assertEquals(2, merger.merge(List.of(kidnapping, counted)).size(), "a toll is enough");
    }

    @Test
    void aKillingAfterABombingIsTheBombsToll() {
        // "Suicide bombers attacked the base." then "They killed 23 soldiers.": one incident
        List<AttackEvent> events = merger.merge(List.of(typed(0, AttackType.BOMBING, "the base"),
                typed(1, AttackType.ARMED_ASSAULT, "23 soldiers")));
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.BOMBING, events.get(0).type());
    }

    private static AttackMention dated(int sentence, String target, LocalDate day, boolean ofReport) {
        return new AttackMention(sentence, TRIGGER, AttackType.ASSASSINATION, false, false, false, false, null, 0,
                List.of(new Target(target, THREE)), null, null, null, new DateSpan(day, day, day.toString(), THREE),
                ofReport);
    }

    @Test
    void theDateOfAReportDoesNotSetIncidentsApartAndGivesWayToTheAttacksOwnDate() {
        // "Jaramillo was assassinated on 22 March." then "Police said on 23 March that ... the assassination."
        LocalDate attack = LocalDate.of(1990, 3, 22);
        LocalDate report = LocalDate.of(1990, 3, 23);
        List<AttackEvent> one = merger.merge(List.of(dated(0, "Bernardo Jaramillo", attack, false),
                dated(3, "Jaramillo", report, true)));
        assertEquals(1, one.size(), one.toString());
        assertEquals(attack, one.get(0).date().from());
        List<AttackEvent> reportFirst = merger.merge(List.of(dated(0, "Bernardo Jaramillo", report, true),
                dated(3, "Jaramillo", attack, false)));
        assertEquals(1, reportFirst.size(), reportFirst.toString());
        assertEquals(attack, reportFirst.get(0).date().from(), "the attack's own date outranks the report's");
        List<AttackEvent> two = merger.merge(List.of(dated(0, "Bernardo Jaramillo", attack, false),
                dated(3, "Jaramillo", report, false)));
        assertEquals(2, two.size(), "two dates of attacks that do not overlap are two incidents: " + two);
    }

    @Test
    void aShorterNameOfAKnownTargetIsThatTarget() {
        // "Rebels murdered a police inspector and a peasant." then "The inspector was shot twice.": two targets
        AttackMention first = new AttackMention(0, TRIGGER, AttackType.ARMED_ASSAULT, false, false, false, false,
                null, 0, List.of(new Target("a police inspector", EIGHT), new Target("a peasant", EIGHT)), null,
                null, null, null);
        AttackMention next = new AttackMention(1, THREE, AttackType.ARMED_ASSAULT, false, false, false, false, null,
                0, List.of(new Target("The inspector", THREE), new Target("another peasant woman", THREE)), null,
                null, null, null);
        List<AttackEvent> events = merger.merge(List.of(first, next));
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("a police inspector", "a peasant", "another peasant woman"),
                events.get(0).targets().stream().map(Target::text).toList());
    }

    /** A kidnapping in a place, on 13 March (the first sentence) or 30 December (any other). */
    private static AttackMention kidnapping(int sentence, String place, boolean anaphoric, List<Target> targets) {
        LocalDate day = sentence == 0 ? LocalDate.of(2023, 3, 13) : LocalDate.of(2022, 12, 30);
        return new AttackMention(sentence, TRIGGER, AttackType.KIDNAPPING, false, false, false, false, null, 0,
                targets, new Place(place, "El Salvador", THREE), null, null, new DateSpan(day, day, "that day", THREE),
                false, anaphoric);
    }

    @Test
    void aDefiniteMentionJoinsTheIncidentToldLastUnlessItNamesATarget() {
        AttackMention first = kidnapping(0, "San Miguel", false, List.of(new Target("peasants", EIGHT)));
        assertEquals(1, merger.merge(List.of(first, kidnapping(1, "San Luis de la Reina", true, List.of()))).size(),
                "'the mass kidnapping took place in San Luis de la Reina'");
        assertEquals(2, merger.merge(List.of(first, kidnapping(1, "San Luis de la Reina", false,
                List.of(new Target("a teacher", THREE))))).size(), "'a teacher was kidnapped in San Luis de la Reina'");
        assertEquals(2, merger.merge(List.of(first, kidnapping(1, "San Luis de la Reina", true,
                List.of(new Target("the mayor", THREE))))).size(), "'the kidnapping of the mayor took place in ...'");
    }
}
