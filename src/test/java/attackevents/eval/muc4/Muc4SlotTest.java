package attackevents.eval.muc4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The slot list of template-doc-part1 section 2.0. */
class Muc4SlotTest {
    @Test
    void twentyFiveNumberedSlots() {
        assertEquals(25, Muc4Slot.values().length);
        assertEquals(Muc4Slot.HUM_TGT_NUMBER, Muc4Slot.ofNumber(21));
        assertEquals("PERP: ORGANIZATION CONFIDENCE", Muc4Slot.ofNumber(11).label());
        assertEquals(24, Muc4Slot.HUM_TGT_TOTAL_NUMBER.number());
        assertThrows(IllegalArgumentException.class, () -> Muc4Slot.ofNumber(25));
    }

    @Test
    void labelsMatchWithAnyBlanksAndCase() {
        assertEquals(Muc4Slot.INCIDENT_STAGE, Muc4Slot.ofLabel(" incident:  STAGE OF   EXECUTION "));
        assertThrows(IllegalArgumentException.class, () -> Muc4Slot.ofLabel("INCIDENT: STAGE"));
        assertTrue(Muc4Slot.PHYS_TGT_ID.labelPattern().matcher("PHYS  TGT:\tID   \"BUS\"").lookingAt());
        assertFalse(Muc4Slot.PHYS_TGT_ID.labelPattern().matcher("PHYS TGT: IDS").lookingAt());
    }

    @Test
    void fillKinds() {
        assertEquals(Muc4Slot.Fill.CONVERSION, Muc4Slot.INCIDENT_LOCATION.fill());
        assertEquals(Muc4Slot.Fill.STRING, Muc4Slot.HUM_TGT_DESCRIPTION.fill());
        assertEquals(Muc4Slot.Fill.SET, Muc4Slot.HUM_TGT_EFFECT.fill());
    }
}
