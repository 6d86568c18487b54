package attackevents.extract;

import static attackevents.extract.ExtractedText.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.AttackEvent;
import org.junit.jupiter.api.Test;

/** Tolls as {@link CasualtyFinder} ties counts to the casualty words of {@code models/lexicon/casualty-words.tsv}. */
class CasualtyFinderTest {
    @Test
    void livesClaimedAreDeaths() {
        AttackEvent e = only("A car bomb claimed 12 lives in Mogadishu on Sunday.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(12, e.fatalities().min());
        assertEquals(12, e.fatalities().max());
    }

    @Test
    void claimingAnAttackCountsNoDeaths() {
        // "claimed" speaks of responsibility: the count after it is the injured of "wounded", not deaths
        AttackEvent e = only("Al-Shabaab claimed the bombing, which wounded 12 people.");
        assertNull(e.fatalities(), String.valueOf(e.fatalities()));
        assertNotNull(e.injured(), e.toString());
        assertEquals(12, e.injured().min());
    }

    @Test
    void aThreatenedKillingCountsNoDeaths() {
        AttackEvent e = only("Drug traffickers bombed the courthouse in Bogota on Monday and threatened to murder "
                + "10 judges.");
        assertNull(e.fatalities(), String.valueOf(e.fatalities()));
    }

    @Test
    void anAgeInAListOfVictimsIsNoToll() {
        AttackEvent e = only("A car bomb exploded in Bogota on Monday, killing Maria Pulido, 42; Pilar Pulido, 19; and "
                + "Efrain Rincon.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(3, e.fatalities().min());
    }

    @Test
    void aSingularObjectOfAKillingIsOneDeath() {
        AttackEvent e = only("Gunmen killed the mayor of Itagui on Sunday.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(1, e.fatalities().min());
        assertEquals("mayor", e.fatalities().text());
    }

    @Test
    void aNamedOrSingularVictimOfAWoundingIsOneInjured() {
        AttackEvent e = only("Senator Ernesto Samper was seriously wounded by gunmen in Bogota on Sunday.");
        assertNotNull(e.injured(), e.toString());
        assertEquals(1, e.injured().min());
        e = only("Gunmen wounded the mayor of Itagui on Sunday.");
        assertNotNull(e.injured(), e.toString());
        assertEquals(1, e.injured().min());
        assertNull(e.fatalities(), e.toString());
        // beside a count of the dead
        e = only("Gunmen killed three soldiers and wounded the mayor of Itagui on Sunday.");
        assertEquals(3, e.fatalities().min());
        assertNotNull(e.injured(), e.toString());
        assertEquals(1, e.injured().min());
    }

    @Test
    void aPluralOrNumberedObjectIsNoSingleDeath() {
        assertNull(only("Gunmen killed policemen in Medellin on Sunday.").fatalities());
        assertEquals(3, only("Gunmen killed three policemen in Medellin on Sunday.").fatalities().min());
    }

    @Test
    void aCountOfSomeOfTheVictimsIsNoTollOfItsOwn() {
        // subset cues in models/lexicon/event-cues.tsv
        AttackEvent e = only("At least five people, including two journalists, were wounded when a bomb exploded "
                + "in Medellin.");
        assertNotNull(e.injured(), e.toString());
        assertEquals(5, e.injured().min());
    }

    @Test
    void theAttackersOwnDeadAreNoToll() {
        // attacker-only cues in models/lexicon/event-cues.tsv
        AttackEvent e = only("A guerrilla was killed and two civilians were wounded during an attack on a police "
                + "post in Usulutan on Monday.");
        assertNull(e.fatalities(), String.valueOf(e.fatalities()));
        assertNotNull(e.injured(), e.toString());
        assertEquals(2, e.injured().min());
        assertEquals(3, only("Three soldiers were killed in an attack on a checkpoint in Kunduz on Monday.")
                .fatalities().min(), "soldiers can be the victims");
        AttackEvent kidnappers = only("Two of the kidnappers were killed in the attack on the farm in Sevilla on "
                + "Monday.");
        assertNull(kidnappers.fatalities(), String.valueOf(kidnappers.fatalities()));
        AttackEvent member = only("A guerrilla member died in the attack on the residence of the mayor on Monday.");
        assertNull(member.fatalities(), String.valueOf(member.fatalities()));
    }

    @Test
    void theCountOfAnIntransitiveDeathVerbIsItsSubject() {
        // "die" is an intransitive cue in models/lexicon/event-cues.tsv: "15 others" belong to "wounded"
        AttackEvent e = only("A car bomb exploded in Lima on Sunday; 2 people died and 15 others were wounded.");
        assertEquals(2, e.fatalities().min(), e.toString());
        assertEquals(15, e.injured().min(), e.toString());
    }

    @Test
    void oneAfterACountModifierIsACount() {
        AttackEvent e = only("Three explosions rocked Guatemala City on Sunday, leaving at least one dead, five wounded.");
        assertEquals(1, e.fatalities().min(), e.toString());
        assertEquals(5, e.injured().min(), e.toString());
    }

    @Test
    void aTollAlsoKilledComesOnTopOfTheNamedVictim() {
        AttackEvent e = only("Minister Jose Rodriguez was assassinated in Bogota today in an attack in which two "
                + "members of his escort were also killed.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(3, e.fatalities().min());
        AttackEvent without = only("Minister Jose Rodriguez was wounded in Bogota today in an attack in which two "
                + "members of his escort were killed.");
        assertEquals(2, without.fatalities().min(), without.toString());
    }

    @Test
    void anAssassinationCountsTheDeadItNames() {
        AttackEvent e = only("SAN SALVADOR, 20 NOV 89 -- THE GOVERNMENT CONDEMNED THE ASSASSINATION OF SIX JESUIT "
                + "PRIESTS AND TWO WOMEN AT THE CENTRAL AMERICAN UNIVERSITY.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(8, e.fatalities().min());
        AttackEvent attempt = only("Police said 34 people were involved in the failed assassination of the mayor of "
                + "Kabul.");
        assertNull(attempt.fatalities(), "a count before the word is no toll of it: " + attempt.fatalities());
    }

    @Test
    void aPersonNamedInTheListOfVictimsAddsToItsToll() {
        AttackEvent before = only("Gunmen killed Rector Ignacio Ellacuria, five other Jesuits, and two women in San "
                + "Salvador today.");
        assertNotNull(before.fatalities(), before.toString());
        assertEquals(8, before.fatalities().min(), before.fatalities().toString());
        AttackEvent after = only("The party condemned the murder of Minister Antonio Rodriguez Porth and two of his "
                + "bodyguards in San Salvador today.");
        assertNotNull(after.fatalities(), after.toString());
        assertEquals(3, after.fatalities().min(), after.fatalities().toString());
        AttackEvent apart = only("Gunmen killed Mayor Pedro Lopez in Cali today, and two soldiers were wounded.");
        assertEquals(1, apart.fatalities().min(), "a count outside the list is no part of it: " + apart);
        AttackEvent chain = only("Gunmen attacked the farm in Yacopi today: Rodriguez Gacha, his son, and 15 others "
                + "were killed.");
        assertEquals(17, chain.fatalities().min(), chain.fatalities().toString());
        AttackEvent thing = only("A bomb damaged this office in San Salvador today, and three persons were injured.");
        assertEquals(3, thing.injured().min(), "an office is no person: " + thing.injured());
        AttackEvent apposition = only("Luz Amparo Gomez, a 29-year-old woman from Cali, was murdered today.");
        assertEquals(1, apposition.fatalities().min(), "an apposition is the same person: " + apposition);
    }

    @Test
    void theSubjectOfDiedIsOneDeath() {
        AttackEvent named = only("Former minister Francisco Guerrero died in a guerrilla attack in San Salvador "
                + "today.");
        assertNotNull(named.fatalities(), named.toString());
        assertEquals(1, named.fatalities().min());
        AttackEvent described = only("His bodyguard died in the attack in Cajamarca today.");
        assertNotNull(described.fatalities(), described.toString());
        assertEquals(1, described.fatalities().min());
        assertEquals(0, only("No one died in the bomb attack in Cajamarca today.").fatalities().min());
    }

    @Test
    void aNameSetOffByCommasBeforeItsVerbIsOneDeath() {
        AttackEvent e = only("Tomas Evangelista, a leader of the ruling party and director of the development "
                + "corporation, was shot dead by terrorists in Ayacucho today.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(1, e.fatalities().min());
        assertEquals("Tomas Evangelista", e.fatalities().text());
        AttackEvent toDeath = only("Manuel Rugama, a contra commander, was shot to death in an attack in Tegucigalpa "
                + "today.");
        assertNotNull(toDeath.fatalities(), toDeath.toString());
        assertEquals(1, toDeath.fatalities().min());
        // the tagger reads this "to" as a preposition (IN), not as "to" (TO)
        AttackEvent toAsPreposition = only("Luis Alberto Mejia, first secretary at the Peruvian embassy in Quito, "
                + "was shot to death today in Quito by several unknown men.");
        assertNotNull(toAsPreposition.fatalities(), toAsPreposition.toString());
        assertEquals("Luis Alberto Mejia", toAsPreposition.fatalities().text());
    }

    @Test
    void aPossessiveNameBeforeADeathNounIsOneDeath() {
        AttackEvent e = only("Judges went on strike in Bogota today after Magistrate Carlos Valencia's murder.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(1, e.fatalities().min());
    }

    @Test
    void aSingularVictimOfADeathNounIsOneDeath() {
        AttackEvent e = only("Several sectors condemned the murder of the wife of the deputy editor in San Salvador "
                + "today.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals("wife", e.fatalities().text());
        assertNull(only("Several sectors condemned the murder of the Jesuits in San Salvador today.").fatalities());
        assertNull(only("Guerrillas carried out the attempted murder of the mayor in San Salvador today.").fatalities(),
                "an unfinished killing names no dead");
    }

    @Test
    void shotToDeathTakesItsObjectNotTheAttackers() {
        AttackEvent e = only("Two gunmen shot to death a watchman at a farm in Sevilla today.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(1, e.fatalities().min(), e.fatalities().toString());
        AttackEvent perfect = only("Gunmen have shot to death two policemen in Sevilla today.");
        assertEquals(2, perfect.fatalities().min(), perfect.fatalities().toString());
        AttackEvent shots = only("A gunman fired 13 shots, killing the prosecutor in Envigado today.");
        assertEquals(1, shots.fatalities().min(), "shots are no people: " + shots.fatalities());
    }

    @Test
    void aShotToDeathTaggedAsAParticipleStillTakesItsObject() {
        // upper case: the tagger reads "SHOT" as a participle (VBN), though no auxiliary makes it passive
        AttackEvent e = only("SEVILLA, 10 SEP 89 -- APPROXIMATELY FIVE INDIVIDUALS SHOT TO DEATH A WATCHMAN WHO TRIED "
                + "TO PREVENT THEM FROM ENTERING THE FARM.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(1, e.fatalities().min(), e.fatalities().toString());
        AttackEvent passive = only("Three peasants have been shot to death by gunmen in Tierra Alta today.");
        assertEquals(3, passive.fatalities().min(), passive.fatalities().toString());
    }

    @Test
    void aPossessivePronounTaggedAsAPersonIsNoVictim() {
        // truecased, "His" may be tagged a person; the one killed is the assailant, an attacker, no toll
        AttackEvent e = only("BOGOTA, 26 APR 90 -- MADRID EFE REPORTS THAT PIZARRO WAS SERIOUSLY WOUNDED AND THAT HIS "
                + "ASSAILANT WAS KILLED.");
        assertNull(e.fatalities(), String.valueOf(e.fatalities()));
        assertNotNull(e.injured(), e.toString());
        assertEquals(1, e.injured().min());
    }

    @Test
    void aRunningTotalIsNoToll() {
        AttackEvent e = only("Guerrillas attacked the garrison in Tejutepeque today; 127 persons have been killed and "
                + "240 wounded since the fighting began.");
        assertNull(e.fatalities(), String.valueOf(e.fatalities()));
        assertNull(e.injured(), String.valueOf(e.injured()));
        AttackEvent opened = only("France has been on alert since the group launched a series of attacks across "
                + "Paris, killing 130 people.");
        assertNotNull(opened.fatalities(), "'since' before the toll opens the incident: " + opened);
        assertEquals(130, opened.fatalities().min());
    }

    @Test
    void aCountBeforeADeathNounAcrossAVerbIsNoToll() {
        // "many people" are the subject of "witnessed", not the dead of "murder"
        AttackEvent e = only("Many people witnessed the murder of Wilson Rengifo in Medellin today.");
        assertNotNull(e.fatalities(), e.toString());
        assertEquals(1, e.fatalities().min(), e.fatalities().toString());
        AttackEvent dead = only("A bomb exploded in Lima today; two people were found dead in the rubble.");
        assertEquals(2, dead.fatalities().min(), "an adjective keeps its count: " + dead.fatalities());
    }

    @Test
    void anEscapeOrANotSaysNoOneWasHurt() {
        AttackEvent escaped = only("A bomb exploded at the embassy in Tegucigalpa today; the three policemen inside "
                + "escaped injury.");
        assertNull(escaped.injured(), String.valueOf(escaped.injured()));
        AttackEvent not = only("A bomb destroyed the car of newsman Epigmenio Ibarra in San Salvador today, but Ibarra "
                + "was not hurt.");
        assertNull(not.injured(), String.valueOf(not.injured()));
    }
}
