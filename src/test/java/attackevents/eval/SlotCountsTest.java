package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SlotCountsTest {
    @Test
    void formulasOfScoringMd() {
        SlotCounts c = new SlotCounts(4, 2, 1, 3, 2); // POS 10, ACT 9, credit 5
        assertEquals(10, c.pos());
        assertEquals(9, c.act());
        assertEquals(0.5, c.recall(), 1e-12);
        assertEquals(5.0 / 9, c.precision(), 1e-12);
        assertEquals(2 * 0.5 * (5.0 / 9) / (0.5 + 5.0 / 9), c.f1(), 1e-12);
    }

    @Test
    void zeroOverZeroIsZero() {
        assertEquals(0, SlotCounts.ZERO.recall());
        assertEquals(0, SlotCounts.ZERO.precision());
        assertEquals(0, SlotCounts.ZERO.f1());
        SlotCounts onlyMissed = new SlotCounts(0, 0, 0, 3, 0);
        assertEquals(0, onlyMissed.precision());
        assertEquals(0, onlyMissed.f1());
    }

    @Test
    void ofAndPlusTally() {
        SlotCounts sum = SlotCounts.ZERO;
        for (Grade g : Grade.values()) {
            sum = sum.plus(SlotCounts.of(g));
        }
        assertEquals(new SlotCounts(1, 1, 1, 1, 1), sum.plus(SlotCounts.ZERO));
    }

    @Test
    void rejectsNegative() {
        assertThrows(IllegalArgumentException.class, () -> new SlotCounts(0, -1, 0, 0, 0));
    }
}
