package attackevents.extract;

import static attackevents.extract.ExtractedText.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.AttackEvent;
import org.junit.jupiter.api.Test;

/** A described attacker ({@code attacker} cues) that a responsibility cue blames is the actor ({@link ActorFinder}). */
class ActorFinderBlameTest {
    @Test
    void aDescribedAttackerAfterABlameCueIsTheActor() {
        AttackEvent e = only("The rebels blamed the armed forces for the massacre of 10 union members in San "
                + "Salvador today.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("armed forces", e.actor().text());
    }

    @Test
    void aGroupThatCondemnsOrBlamesIsNoActor() {
        // the accuser verb makes the FMLN who speaks of the massacre; the armed forces it blames did it
        AttackEvent e = only("The FMLN has strongly blamed the armed forces for the massacre of 10 union members in "
                + "San Salvador today.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("armed forces", e.actor().text());
    }

    @Test
    void aDescribedAttackerBeforeAResponsibilityCueIsTheActor() {
        AttackEvent e = only("Survivors of the massacre of 80 peasants in Cayara today hold the army responsible.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("army", e.actor().text());
    }

    @Test
    void theDrugMafiasAreAttackers() {
        AttackEvent e = only("A powerful bomb destroyed the offices of El Espectador in Bogota. The attack was "
                + "attributed to the drug mafias.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("drug mafias", e.actor().text());
    }

    @Test
    void aParticipleIsNoAttackerNoun() {
        // "suspected" shares its lemma with the noun "suspect"
        AttackEvent e = only("The minister was assassinated by suspected urban guerrillas in San Salvador today.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("suspected urban guerrillas", e.actor().text());
    }

    @Test
    void aDescribedAttackerWithNoCueIsNoActor() {
        AttackEvent e = only("The massacre of 80 peasants in Cayara today was reported to the army.");
        assertNull(e.actor(), e.toString());
    }
}
