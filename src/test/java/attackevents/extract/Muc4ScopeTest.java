package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Muc4Scope} with the project's {@code models/lexicon/muc4-scope.tsv}, on events built by hand. */
class Muc4ScopeTest {
    private static final LocalDate PUBLISHED = LocalDate.of(1989, 11, 20);
    private static final Muc4Scope SCOPE = Muc4Scope.load(SharedPipeline.MODELS);

    private static AttackEvent event(DateSpan date, String... targets) {
        List<Target> t = Arrays.stream(targets).map(x -> new Target(x, null)).toList();
        return new AttackEvent(AttackType.ARMED_ASSAULT, false, null, t, null, null, null, date, 0.5, List.of());
    }

    private static DateSpan day(LocalDate d) {
        return new DateSpan(d, d, d.toString(), null);
    }

    @Test
    void anIncidentMoreThanTwoMonthsOldIsLeftOut() {
        AttackEvent old = event(day(PUBLISHED.minusDays(62)), "Jesuit priests");
        AttackEvent recent = event(day(PUBLISHED.minusDays(60)), "Jesuit priests");
        AttackEvent undated = event(null, "Jesuit priests");
        assertEquals(List.of(recent, undated), SCOPE.keep(List.of(old, recent, undated), PUBLISHED));
        assertEquals(List.of(old), SCOPE.keep(List.of(old), null), "with no publication date nothing is too old");
    }

    @Test
    void aKidnappingIsNeverTooOldItsHostagesMayStillBeHeld() {
        AttackEvent kidnapping = new AttackEvent(AttackType.KIDNAPPING, false, null,
                List.of(new Target("Norberto Rodriguez", null)), null, null, null, day(PUBLISHED.minusDays(90)), 0.5,
                List.of());
        assertEquals(List.of(kidnapping), SCOPE.keep(List.of(kidnapping), PUBLISHED));
    }

    @Test
    void anIncidentAgainstOnlyTheMilitaryOrAnArmedGroupIsLeftOut() {
        AttackEvent patrol = event(null, "an army patrol", "SOLDIERS");
        AttackEvent guerrillas = event(null, "six guerrillas");
        AttackEvent mixed = event(null, "army patrol", "a bus");
        AttackEvent noTargets = event(null);
        assertEquals(List.of(event(null, "a bus"), noTargets),
                SCOPE.keep(List.of(patrol, guerrillas, mixed, noTargets), PUBLISHED));
    }

    @Test
    void anIncidentThatStruckOthersTooKeepsOnlyThemAsTargets() {
        AttackEvent town = event(null, "SOLDIERS", "a teacher", "army positions", "a guerrilla", "the mayor's house");
        assertEquals(List.of(event(null, "a teacher", "the mayor's house")), SCOPE.keep(List.of(town), PUBLISHED));
    }

    @Test
    void aFacilityOfTheArmedForcesIsMilitaryButAPolicePatrolCarIsNot() {
        AttackEvent installations = event(null, "the 4th infantry brigade installations");
        AttackEvent headquarters = event(null, "the army's general staff headquarters");
        AttackEvent patrolCar = event(null, "a police patrol car");
        AttackEvent soldiersHouse = event(null, "a soldier's house");
        assertEquals(List.of(patrolCar, soldiersHouse),
                SCOPE.keep(List.of(installations, headquarters, patrolCar, soldiersHouse), PUBLISHED));
    }

    @Test
    void theVictimsATollCountsWithoutSayingWhoTheyWereAreATargetOnce() {
        Count dead = new Count(8, 8, "eight people", null);
        Count hurt = new Count(15, 15, "15 others", null);
        AttackEvent e = new AttackEvent(AttackType.BOMBING, false, null, List.of(new Target("a bus", null)), null, dead,
                hurt, null, 0.5, List.of());
        List<String> targets = SCOPE.keep(List.of(e), PUBLISHED).get(0).targets().stream().map(Target::text).toList();
        assertEquals(List.of("a bus", "people", "others"), targets);
        Count named = new Count(2, 2, "two policemen", null);
        AttackEvent policemen = new AttackEvent(AttackType.BOMBING, false, null, List.of(), null, named, null, null,
                0.5, List.of());
        assertEquals(List.of(policemen), SCOPE.keep(List.of(policemen), PUBLISHED), "a toll that says who adds nothing");
    }

    @Test
    void aTollOfNoneIsNoTollAndNamesNoVictims() {
        // "no people were hurt": the MUC-4 keys record who died or was hurt, never that nobody did
        Count none = new Count(0, 0, "no people", null);
        Count dead = new Count(2, 2, "two people", null);
        AttackEvent e = new AttackEvent(AttackType.BOMBING, false, null, List.of(new Target("a bank", null)), null,
                dead, none, null, 0.5, List.of());
        AttackEvent kept = SCOPE.keep(List.of(e), PUBLISHED).get(0);
        assertEquals(dead, kept.fatalities());
        assertEquals(null, kept.injured());
        assertEquals(List.of("a bank", "people"), kept.targets().stream().map(Target::text).toList(),
                "the victims of the two deaths, once");
    }

    @Test
    void aScopeFileWithoutRecentDaysOrWithAnUnknownKindIsRefused(@TempDir Path dir) throws IOException {
        Path noDays = Files.writeString(dir.resolve("a.tsv"), "soldier\tmilitary\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Muc4Scope(noDays)).getMessage()
                .contains("no recent-days row"));
        Path badKind = Files.writeString(dir.resolve("b.tsv"), "recent-days\t61\nsoldier\tarmy\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Muc4Scope(badKind)).getMessage()
                .contains("not military, military-owner, armed-group, ongoing or counted-victim"));
        Path badType = Files.writeString(dir.resolve("c.tsv"), "recent-days\t61\nhostage-taking\tongoing\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Muc4Scope(badType)).getMessage()
                .contains("'hostage-taking' is no attack type"));
    }
}
