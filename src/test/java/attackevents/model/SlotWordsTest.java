package attackevents.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The words of a slot are one line, whatever the layout of the copy they were read from. */
class SlotWordsTest {
    @Test
    void aNameBrokenAcrossLinesIsOneLine() {
        assertEquals("NICARAGUAN EMBASSY", new Target("NICARAGUAN\nEMBASSY", null).text());
        assertEquals("PAVON PRISON CAMP", new Place("PAVON PRISON\r\n  CAMP", "Guatemala", null).name());
        Actor actor = new Actor("FARABUNDO MARTI\nNATIONAL LIBERATION FRONT", null, null);
        assertEquals("FARABUNDO MARTI NATIONAL LIBERATION FRONT", actor.text());
        assertEquals(actor.text(), actor.canonical());
        assertEquals("TWO PEOPLE", new Count(2, 2, "TWO\tPEOPLE", null).text());
        assertEquals("3 JAN", new DateSpan(null, java.time.LocalDate.of(1990, 1, 3), "3\nJAN", null).text());
    }

    @Test
    void missingWordsStayMissing() {
        assertNull(new Place(null, "Peru", null).name());
        assertNull(new Count(1, 1, null, null).text());
    }
}
