package attackevents.extract;

import static attackevents.extract.ExtractedText.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Conjuncts} at work on short articles written for these tests: what is listed with a target is a
 * target too, and what is listed only by commas, or names the act, is not.
 */
class ConjunctsTest {
    @Test
    void phrasesJoinedByAndAreAllTargets() {
        List<String> targets = targets("Two bank branches and a restaurant were blown up in Medellin on Tuesday.");
        assertTrue(targets.contains("bank branches"), targets.toString());
        assertTrue(targets.contains("restaurant"), targets.toString());
    }

    @Test
    void aListAfterTheVerbIsReadToItsEnd() {
        List<String> targets = targets("On Tuesday a bomb damaged the town hall, a pharmacy and the post office "
                + "in Medellin.");
        assertTrue(targets.containsAll(List.of("town hall", "pharmacy", "post office")), targets.toString());
    }

    @Test
    void peopleListedWithTheirDescriptionsAreAllTargets() {
        List<String> targets = targets("On Tuesday gunmen kidnapped Alvaro Torres, an employee of the "
                + "agrarian fund; Miguel Cacel, a local official; and Luis Fernando Rojas near Arauca.");
        assertTrue(targets.containsAll(List.of("Alvaro Torres", "Miguel Cacel", "Luis Fernando Rojas")),
                targets.toString());
    }

    @Test
    void aDescriptionOfAListedPersonIsNoTargetOfItsOwn() {
        List<String> targets = targets("On Tuesday gunmen kidnapped Alvaro Torres, an employee of the "
                + "agrarian fund, and Miguel Cacel near Arauca.");
        assertEquals(List.of("Alvaro Torres", "Miguel Cacel"), targets);
    }

    @Test
    void aPhraseAfterACommaAloneIsNoListMember() {
        List<String> targets = targets("On Tuesday a bomb exploded at the town hall, the oldest building in Arauca.");
        assertEquals(List.of("town hall"), targets);
    }

    @Test
    void theActListedWithATargetIsNoTarget() {
        List<String> targets = targets("Police are investigating the attack on the power station and the "
                + "murder of a guard in Arauca on Tuesday.");
        assertTrue(targets.contains("power station"), targets.toString());
        assertFalse(targets.stream().anyMatch(t -> t.contains("murder")), targets.toString());
    }
}
