package attackevents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.source.ContentType;
import attackevents.source.RawArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under the MUC-4 scope threatened and attempted attacks are incidents, as the task counts them, and an article
 * whose incidents the scope leaves out says so.
 */
class Muc4ScopeIncidentsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);
    private static AttackEvents muc4;

    @BeforeAll
    static void load() {
        muc4 = AttackEvents.create(PipelineConfig.defaults(SharedPipeline.MODELS).withMuc4Scope(true));
    }

    @Test
    void anAttemptIsAnIncidentOnlyUnderTheMuc4Scope() {
        String text = "The rebels tried to kidnap the mayor of Apopa on Monday.";
        List<AttackEvent> events = muc4.extractText(text, PUBLISHED);
        assertEquals(1, events.size(), events.toString());
        assertEquals(AttackType.KIDNAPPING, events.get(0).type());
        assertTrue(SharedPipeline.get().extractText(text, PUBLISHED).isEmpty(), "no attack happened");
    }

    @Test
    void anArticleWhoseIncidentsTheScopeLeavesOutSaysSo() {
        ArticleRecord r = muc4.process(new RawArticle("m", "m.txt", ContentType.TEXT,
                "Guerrillas attacked an army barracks in Chalatenango on Monday, killing two soldiers.", null, null,
                PUBLISHED));
        assertTrue(r.events().isEmpty(), r.events().toString());
        assertEquals(AttackEvents.NONE_IN_SCOPE, r.noEvents());
    }

    @Test
    void whatAModalSupposesIsNoIncidentEvenThere() {
        assertTrue(muc4.extractText("Officials said the militants may bomb the airport in Kabul.", PUBLISHED)
                .isEmpty());
    }
}
