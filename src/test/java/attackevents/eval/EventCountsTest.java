package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventCountsTest {
    @Test
    void precisionRecallF1() {
        EventCounts c = new EventCounts(3, 1, 2).plus(new EventCounts(1, 0, 0));
        assertEquals(0.8, c.precision(), 1e-12);
        assertEquals(4.0 / 6, c.recall(), 1e-12);
        assertEquals(2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6), c.f1(), 1e-12);
    }

    @Test
    void zeroOverZeroIsZero() {
        assertEquals(0, EventCounts.ZERO.precision());
        assertEquals(0, EventCounts.ZERO.recall());
        assertEquals(0, new EventCounts(0, 2, 0).f1());
    }

    @Test
    void rejectsNegative() {
        assertThrows(IllegalArgumentException.class, () -> new EventCounts(-1, 0, 0));
    }
}
