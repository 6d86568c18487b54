package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.Count;
import org.junit.jupiter.api.Test;

/** The three modifier rules of count-modifiers.tsv. */
class CountRuleTest {
    @Test
    void exactKeepsTheNumber() {
        assertEquals(new Count(25, 25, null, null), CountRule.EXACT.apply(25, 25));
    }

    @Test
    void plusOneAddsTheNextNumber() {
        assertEquals(new Count(183, 184, null, null), CountRule.PLUS_ONE.apply(183, 183));
        assertNull(CountRule.PLUS_ONE.apply(24, null).max(), "more than dozens stays unbounded");
    }

    @Test
    void minusOneAddsThePreviousNumberButNotBelowZero() {
        assertEquals(new Count(99, 100, null, null), CountRule.MINUS_ONE.apply(100, 100));
        assertEquals(new Count(0, 0, null, null), CountRule.MINUS_ONE.apply(0, 0));
    }

    @Test
    void parsesTheNamesUsedInTheDataFile() {
        assertEquals(CountRule.PLUS_ONE, CountRule.parse("plus_one"));
        assertEquals(CountRule.MINUS_ONE, CountRule.parse(" minus_one "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountRule.parse("double"));
        assertTrue(e.getMessage().contains("double"));
    }
}
