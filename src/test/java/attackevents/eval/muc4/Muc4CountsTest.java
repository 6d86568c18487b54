package attackevents.eval.muc4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.Count;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Number fills: the forms of muc4-mapping.md and those found in the keys' HUM TGT: NUMBER slot. */
class Muc4CountsTest {
    private static void assertRange(int min, Integer max, Count c) {
        assertEquals(min, c.min(), "min");
        assertEquals(max, c.max(), "max");
    }

    @Test
    void mappingTableForms() {
        assertRange(50, 50, Muc4Counts.parse("50"));
        assertRange(5, 7, Muc4Counts.parse("5 - 7"));
        assertRange(2, null, Muc4Counts.parse("PLURAL"));
    }

    @Test
    void formsFoundInTheKeys() {
        assertRange(7, 7, Muc4Counts.parse("~7"));
        assertRange(5, null, Muc4Counts.parse("5-"));
        assertRange(1, 26, Muc4Counts.parse("-26"));
        assertRange(6, 6, Muc4Counts.parse("? 6"));
        assertNull(Muc4Counts.parse("SOME DAMAGE"));
        assertNull(Muc4Counts.parse("7 - 5"));
    }

    @Test
    void alternativesCoverEachOther() {
        assertRange(2, null, Muc4Counts.union(List.of("10", "10-", "PLURAL")));
        assertRange(30, 30, Muc4Counts.union(List.of("30", "~30")));
        assertRange(60, 100, Muc4Counts.union(List.of("~60", "~100")));
        assertRange(1, null, Muc4Counts.union(List.of("-80", "57-", "47-")));
        assertNull(Muc4Counts.union(List.of("X")));
    }

    @Test
    void sumsAddBoundsAndStayUnboundedWhenOneIs() {
        assertRange(3, 5, Muc4Counts.plus(Count.exactly(1), new Count(2, 4, null, null)));
        assertRange(3, null, Muc4Counts.plus(Count.exactly(1), new Count(2, null, null, null)));
        assertRange(1, 1, Muc4Counts.plus(null, Count.exactly(1)));
        assertNull(Muc4Counts.plus(null, null));
    }

    @Test
    void formatReadsBack() {
        for (Count c : List.of(Count.exactly(8), new Count(5, 7, null, null), new Count(2, null, null, null),
                new Count(24, null, null, null), Count.exactly(0))) {
            Count back = Muc4Counts.parse(Muc4Counts.format(c));
            assertRange(c.min(), c.max(), back);
        }
        assertEquals("PLURAL", Muc4Counts.format(new Count(2, null, null, null)));
        assertEquals("5 - 7", Muc4Counts.format(new Count(5, 7, null, null)));
    }
}
