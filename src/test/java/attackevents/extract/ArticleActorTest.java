package attackevents.extract;

import static attackevents.extract.ExtractedText.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.AttackEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleActor} at work on short articles written for these tests: the article's sole known group
 * is the actor of events that name none; two groups named leave them without one.
 */
class ArticleActorTest {
    @Test
    void soleGroupOfTheArticleIsTheActorOfAnEventThatNamesNone() {
        List<AttackEvent> events = extract("The Guerrilla Army of the Poor has been active in the northern hills for "
                + "years. A bus was bombed near Coban on Monday, killing four passengers.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Guerrilla Army of the Poor", events.get(0).actor().canonical());
    }

    @Test
    void twoGroupsNamedLeaveTheEventWithoutAnActor() {
        List<AttackEvent> events = extract("The Guerrilla Army of the Poor and the Shining Path have both been active "
                + "in the hills for years. A bus was bombed near Coban on Monday, killing four passengers.");
        assertEquals(1, events.size(), events.toString());
        assertNull(events.get(0).actor(), events.toString());
    }

    @Test
    void guerrillasDescribedInAnArticleThatNamesOneGroupAreThatGroup() {
        List<AttackEvent> events = extract("The Guerrilla Army of the Poor has been active in the northern hills for "
                + "years. On Monday guerrillas bombed a bus near Coban, killing four passengers.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Guerrilla Army of the Poor", events.get(0).actor().canonical());
    }

    @Test
    void describedAttackersWhoAreNoGroupMembersStayAsDescribed() {
        List<AttackEvent> events = extract("The Guerrilla Army of the Poor has been active in the northern hills for "
                + "years. On Monday soldiers bombed a bus near Coban, killing four passengers.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("soldiers", events.get(0).actor().text());
    }
}
