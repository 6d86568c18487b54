package attackevents.extract;

import static attackevents.extract.ExtractedText.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.model.AttackEvent;
import attackevents.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The victim rules of {@link TargetFinder} on sentences written for these tests: the subject of a passive
 * attack or casualty verb, with auxiliaries in between ({@link PassiveVoice}), and the object of an attack verb.
 */
class VictimRulesTest {
    private static final PassiveVoice PASSIVE = new PassiveVoice(ExtractionModels.load(SharedPipeline.MODELS));

    private static boolean hasTarget(AttackEvent e, String text) {
        return e.targets().stream().anyMatch(t -> t.text().equalsIgnoreCase(text));
    }

    @Test
    void passiveSubjectAfterAuxiliariesIsTheHeadBeforeOf() {
        List<AttackEvent> events = extract("Forty farmers of different villages have been kidnapped by gunmen in Chiapas.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "farmers"), events.get(0).targets().toString());
        events = extract("About 50 peasants of various ages have been kidnapped by terrorists in San Miguel.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("peasants"), events.get(0).targets().stream().map(t -> t.text()).toList(),
                "a count word between \"of\" and its noun");
    }

    @Test
    void aNameSetOffByAnAsideBeforeAPassiveIsTheTargetNotTheAside() {
        List<AttackEvent> events = extract("Luis Alberto Mejia, first secretary at the Peruvian embassy in Quito, "
                + "was kidnapped today in Quito by several unknown men.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "Luis Alberto Mejia"), events.get(0).targets().toString());
        assertTrue(events.get(0).targets().stream().noneMatch(t -> t.text().toLowerCase().contains("embassy")),
                events.get(0).targets().toString());
    }

    @Test
    void thePeopleATollCountsAreTargetsButNotAttackersOrMerePeople() {
        // the passive's subject is not found here (a participle clause stands between), the toll's count is
        List<AttackEvent> events = extract("Two policemen guarding the consulate in Medellin were killed today "
                + "by unidentified gunmen.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "policemen"), events.get(0).targets().toString());

        events = extract("A bomb exploded in a market in Lima on Monday, wounding five people and three militants.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).targets().stream().noneMatch(t -> t.text().toLowerCase().endsWith("people")
                || t.text().toLowerCase().endsWith("militants")), events.get(0).targets().toString());
    }

    @Test
    void whatAnAttackNounStruckFollowsOfWhenCountedOrNamed() {
        List<AttackEvent> events = extract("The kidnapping of two engineers took place near Medellin on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "engineers"), events.get(0).targets().toString());
        events = extract("The massacre of six Jesuit priests took place in San Salvador at dawn today.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "Jesuit priests"), events.get(0).targets().toString());
        events = extract("Many people witnessed the shooting of Wilson Rengifo in Medellin on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "Wilson Rengifo"), events.get(0).targets().toString());
        // "attack" is no of-target noun: after it, "of" names the attacker
        events = extract("The attack of 200 guerrillas took place near Medellin on Monday.");
        assertTrue(events.stream().allMatch(e -> e.targets().isEmpty()), events.toString());
        // a bare plural speaks of a kind of victim, not of whom one attack struck
        events = extract("The kidnapping of engineers took place near Medellin on Monday.");
        assertTrue(events.stream().allMatch(e -> e.targets().isEmpty()), events.toString());
    }

    @Test
    void anAttackerIsNoTarget() {
        List<AttackEvent> events = extract("Gunmen attacked a bus in Cali on Monday, killing a gunman and two "
                + "passengers.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).targets().stream().noneMatch(t -> t.text().toLowerCase().endsWith("gunman")),
                events.get(0).targets().toString());
    }

    @Test
    void streetsAndNoneAreNoTargets() {
        // not-target heads: a street is where the bomb went off, "none" is no one
        List<AttackEvent> events = extract("A bomb exploded today on 7th Street in San Salvador, destroying a store.");
        assertEquals(1, events.size(), events.toString());
        List<String> targets = events.get(0).targets().stream().map(t -> t.text().toLowerCase()).toList();
        assertEquals(List.of("store"), targets);
        events = extract("Guerrillas attacked a bus in Lima today. None was killed.");
        assertEquals(1, events.size(), events.toString());
        targets = events.get(0).targets().stream().map(t -> t.text().toLowerCase()).toList();
        assertEquals(List.of("bus"), targets);
    }

    @Test
    void objectOfAnAttackVerbIsATarget() {
        List<AttackEvent> events = extract("Masked men kidnapped two engineers near the dam on Tuesday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "engineers"), events.get(0).targets().toString());
    }

    @Test
    void weaponsTimesAndTheActAreNoTargets() {
        // not-target heads in models/lexicon/event-cues.tsv: "bombs", "months"; the store is still the target
        List<AttackEvent> events = extract("Guerrillas planted two bombs at a hardware store in Cali on Tuesday, "
                + "the second attack in 2 months.");
        assertEquals(1, events.size(), events.toString());
        List<String> targets = events.get(0).targets().stream().map(t -> t.text().toLowerCase()).toList();
        assertTrue(targets.stream().noneMatch(t -> t.endsWith("bombs") || t.endsWith("months")), targets.toString());
        assertTrue(targets.contains("hardware store"), targets.toString());
    }

    @Test
    void casualtiesAreATollNotATarget() {
        // "casualties" is a not-target head: the people hurt are counted, not named (a report of a clash)
        List<AttackEvent> events = extract("Spokesmen for the 5th Brigade reported 5 soldiers killed, several "
                + "wounded, and at least 12 rebel casualties.");
        assertEquals(1, events.size(), events.toString());
        List<String> targets = events.get(0).targets().stream().map(t -> t.text().toLowerCase()).toList();
        assertTrue(targets.stream().noneMatch(t -> t.endsWith("casualties")), targets.toString());
    }

    @Test
    void whatAnAttackDestroyedIsATarget() {
        // damage-verb cues in models/lexicon/event-cues.tsv
        List<AttackEvent> events = extract("Five houses were destroyed when rebels attacked the village of Anta on "
                + "Tuesday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "houses"), events.get(0).targets().toString());
    }

    @Test
    void aNameInsideAPhraseAboutSomethingElseStaysInIt() {
        List<AttackEvent> events = extract("Guerrillas attacked President Cristiani's residence in San Salvador on "
                + "Tuesday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "President Cristiani's residence"), events.get(0).targets().toString());
    }

    @Test
    void aPronounIsNoTarget() {
        // all-caps wire copy: the name model may take "HE" for a person; not-target cues hold the pronouns
        List<AttackEvent> events = extract("ON FRIDAY MORNING, WHILE ON HIS WAY TO LA AURORA AIRPORT TO CATCH A PLANE TO "
                + "NICARAGUA, HE WAS KIDNAPPED BY HEAVILY ARMED MEN, ACCORDING TO THE MNR.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).targets().stream().noneMatch(t -> t.text().equalsIgnoreCase("he")),
                events.get(0).targets().toString());
    }

    @Test
    void passiveParticipleWithoutBeIsNoSubject() {
        // "men armed with rifles": a participle used as a modifier has no passive subject
        assertEquals(-1, PASSIVE.subjectEnd(List.of(
                new Token(0, "men", "man", "NNS", "O", 0, 3),
                new Token(1, "armed", "arm", "VBN", "O", 4, 9)), 1));
    }

    @Test
    void countWordsAreNoPartOfTheVictims() {
        // "more than 30" is a count (count-word in event-cues.tsv): the target is what follows it
        List<AttackEvent> events = extract("Gunmen opened fire on more than 30 police officers in Kabul on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "police officers"), events.get(0).targets().toString());
    }

    @Test
    void passiveAuxiliariesComeFromTheCueFile() {
        // "peasants have reportedly been kidnapped": perfect-aux, an adverb and passive-aux before the participle
        List<Token> tokens = List.of(new Token(0, "peasants", "peasant", "NNS", "O", 0, 8),
                new Token(1, "have", "have", "VBP", "O", 9, 13),
                new Token(2, "reportedly", "reportedly", "RB", "O", 14, 24),
                new Token(3, "been", "be", "VBN", "O", 25, 29),
                new Token(4, "kidnapped", "kidnap", "VBN", "O", 30, 39));
        assertEquals(1, PASSIVE.subjectEnd(tokens, 4));
        // "have" alone makes nothing passive: "gunmen have kidnapped"
        assertEquals(-1, PASSIVE.subjectEnd(List.of(new Token(0, "gunmen", "gunman", "NNS", "O", 0, 6),
                new Token(1, "have", "have", "VBP", "O", 7, 11),
                new Token(2, "kidnapped", "kidnap", "VBN", "O", 12, 21)), 2));
        // "got" is a passive auxiliary too
        assertEquals(1, PASSIVE.subjectEnd(List.of(new Token(0, "guards", "guard", "NNS", "O", 0, 6),
                new Token(1, "got", "get", "VBD", "O", 7, 10),
                new Token(2, "kidnapped", "kidnap", "VBN", "O", 11, 20)), 2));
    }

    @Test
    void aPassiveSubjectIsThePhraseBeforeThePlaceThatLocatesIt() {
        List<AttackEvent> events = extract("The police station in Cartagena was attacked on Monday by gunmen.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "police station"), events.get(0).targets().toString());

        events = extract("A railroad bridge between Tierra Blanca and Jiquilisco has been destroyed with dynamite.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "railroad bridge"), events.get(0).targets().toString());
    }

    @Test
    void theObjectOfADamageVerbOfSeveralWordsFollowsItsLastWord() {
        List<AttackEvent> events = extract("Guerrillas blew up a bus near Cali on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "bus"), events.get(0).targets().toString());

        events = extract("Rebels set fire to a truck near Cali on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "truck"), events.get(0).targets().toString());
    }

    @Test
    void eachGroupOfACoordinatedTollIsATarget() {
        List<AttackEvent> events = extract("Soldiers murdered six Jesuits and two women in San Salvador on Monday.");
        assertEquals(1, events.size(), events.toString());
        AttackEvent e = events.get(0);
        assertEquals(8, e.fatalities().min());
        assertTrue(hasTarget(e, "Jesuits") && hasTarget(e, "women"), e.targets().toString());
    }

    @Test
    void aNumberJoinedToTheWordAfterItIsNoCount() {
        List<AttackEvent> events = extract("A 29-year-old woman was shot dead in Cali on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "29-year-old woman"), events.get(0).targets().toString());
        // a number of two words joined by a hyphen stays a count
        events = extract("Fifty-five passengers were killed when a bomb exploded on a bus in Cali on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(55, events.get(0).fatalities().min());
        assertTrue(hasTarget(events.get(0), "passengers"), events.get(0).targets().toString());
    }

    @Test
    void aNameBeforeARelativeClauseInThePassiveIsTheTarget() {
        AttackEvent e = ExtractedText.only("The police confirmed that U.S. priest Francisco Amico, who had been kidnapped "
                + "by an ELN cell, was released on 19 February.");
        assertEquals(List.of("Francisco Amico"), e.targets().stream().map(t -> t.text()).toList());
    }
}
