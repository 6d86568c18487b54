package attackevents.extract;

import static attackevents.extract.ExtractedText.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.AttackEvent;
import attackevents.model.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleCountry} at work on short articles written for these tests: an event that names no place gets
 * the country the article speaks of most, a capital counting for its country, and no town.
 */
class ArticleCountryTest {
    @Test
    void anEventWithNoPlaceGetsTheCountryOfTheDatelineCapital() {
        List<AttackEvent> events = extract("LIMA, 14 MAR 23 -- The interior minister spoke to reporters today. "
                + "Police said a bomb exploded on Monday outside a bank branch, killing two guards.");
        assertEquals(1, events.size(), events.toString());
        Place place = events.get(0).place();
        assertNotNull(place, events.toString());
        assertEquals("Peru", place.country());
        assertNull(place.name(), "no town is guessed: " + place);
        assertEquals("LIMA", place.evidence().sentence().substring(place.evidence().start(), place.evidence().end()));
    }

    @Test
    void aPlaceTheEventNamesIsKept() {
        List<AttackEvent> events = extract("LIMA, 14 MAR 23 -- Police said a bomb exploded on Monday in Ayacucho, "
                + "killing two guards.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Ayacucho", events.get(0).place().name());
    }

    @Test
    void anArticleThatNamesNoCountryLeavesThePlaceEmpty() {
        List<AttackEvent> events = extract("Police said a bomb exploded on Monday outside a bank branch, killing two "
                + "guards.");
        assertEquals(1, events.size(), events.toString());
        assertNull(events.get(0).place(), events.toString());
    }

    @Test
    void aCountryNamedAsAnAdjectiveDoesNotCount() {
        // "U.S." twice as whose (embassy, government), "Peru" once as where: Peru is the article's country
        List<AttackEvent> events = extract("The U.S. embassy condemned the attack. The U.S. government offered "
                + "help to Peru. Police said a bomb exploded on Monday outside a bank branch, killing two guards.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Peru", events.get(0).place().country(), events.toString());
    }
}
