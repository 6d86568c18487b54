package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.model.AttackEvent;
import attackevents.nlp.Token;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The victim rules of {@link TargetFinder} on sentences written for these tests: the subject of a passive
 * attack or casualty verb, with auxiliaries in between, and the object of an attack verb.
 */
class VictimRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);

    private static List<AttackEvent> extract(String text) {
        return SharedPipeline.get().extractText(text, PUBLISHED);
    }

    private static boolean hasTarget(AttackEvent e, String text) {
        return e.targets().stream().anyMatch(t -> t.text().equalsIgnoreCase(text));
    }

    @Test
    void passiveSubjectAfterAuxiliariesIsTheHeadBeforeOf() {
        List<AttackEvent> events = extract("Forty farmers of different villages have been kidnapped by gunmen in Chiapas.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "farmers"), events.get(0).targets().toString());
    }

    @Test
    void objectOfAnAttackVerbIsATarget() {
        List<AttackEvent> events = extract("Masked men kidnapped two engineers near the dam on Tuesday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(hasTarget(events.get(0), "engineers"), events.get(0).targets().toString());
    }

    @Test
    void passiveParticipleWithoutBeIsNoSubject() {
        // "men armed with rifles": a participle used as a modifier has no passive subject
        assertEquals(-1, TargetFinder.passiveSubjectEnd(List.of(
                new Token(0, "men", "man", "NNS", "O", 0, 3),
                new Token(1, "armed", "arm", "VBN", "O", 4, 9)), 1));
    }
}
