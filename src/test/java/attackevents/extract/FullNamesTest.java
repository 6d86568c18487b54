package attackevents.extract;

import static attackevents.extract.ExtractedText.extract;
import static attackevents.extract.ExtractedText.targets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FullNames} at work on short articles written for these tests: a target named by surname takes the
 * full name the article gave the person, without a title, unless two people share that surname.
 */
class FullNamesTest {
    @Test
    void aSurnameTakesTheFullNameGivenEarlier() {
        List<String> targets = targets("Prosecutor Carlos Ernesto Ramirez spoke to reporters on Monday. "
                + "On Tuesday gunmen shot and killed Ramirez outside the court in Medellin.");
        assertEquals(List.of("Carlos Ernesto Ramirez"), targets);
    }

    @Test
    void theFullNameIsItsOwnEvidence() {
        String text = "Prosecutor Carlos Ernesto Ramirez spoke to reporters on Monday. "
                + "On Tuesday gunmen shot and killed Ramirez outside the court in Medellin.";
        Target t = extract(text).get(0).targets().get(0);
        assertEquals("Carlos Ernesto Ramirez", text.substring(t.evidence().start(), t.evidence().end()));
    }

    @Test
    void aSurnameTwoPeopleShareStaysAsItIs() {
        List<String> targets = targets("Prosecutor Carlos Ramirez and his brother Luis Ramirez spoke to "
                + "reporters on Monday. On Tuesday gunmen shot and killed Ramirez outside the court in Medellin.");
        assertTrue(targets.contains("Ramirez"), targets.toString());
    }

    @Test
    void aTitleIsNoPartOfTheName() {
        // "Bishop Ramirez" is the "Msgr Jesus Emilio Ramirez" of the first sentence, and neither title is his name
        List<String> targets = targets("Msgr Jesus Emilio Ramirez arrived in Arauca on Monday. "
                + "On Tuesday armed men kidnapped Bishop Ramirez outside the cathedral in Arauca.");
        assertEquals(List.of("Jesus Emilio Ramirez"), targets);
    }
}
