package attackevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.ArticleRecord;
import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An article read through without an event says why it has none; one with events says nothing of the kind. */
class NoEventsReasonTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);

    private static ArticleRecord process(String text) {
        return SharedPipeline.get().process(new RawArticle("a", "a.txt", ContentType.TEXT, text, null, null,
                PUBLISHED));
    }

    @Test
    void anArticleWithoutAnAttackSaysSo() {
        ArticleRecord r = process("The finance minister presented the budget to parliament on Tuesday. "
                + "Spending on schools will rise by four percent next year.");
        assertTrue(r.events().isEmpty());
        assertNull(r.skipped());
        assertEquals(AttackEvents.NO_ATTACK_MENTIONED, r.noEvents());
    }

    @Test
    void attacksSpokenOfInGeneralAreNoIncident() {
        ArticleRecord r = process("The minister said that attacks on schools must stop. "
                + "She promised more money for security next year.");
        assertTrue(r.events().isEmpty(), r.events().toString());
        assertEquals(AttackEvents.NO_INCIDENT, r.noEvents());
    }

    @Test
    void anArticleWithAnEventGivesNoReason() {
        ArticleRecord r = process("A car bomb killed eight people in Kabul on Monday.");
        assertEquals(1, r.events().size(), r.events().toString());
        assertNull(r.noEvents());
    }
}
