package attackevents.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LetterCaseTest {
    @Test
    void wireTextIsAllCaps() {
        assertTrue(LetterCase.isAllCaps("SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARCE BATTALION COMMAND HAS REPORTED"));
        // A few lower-case letters (a typo, "mm") do not change that.
        assertTrue(LetterCase.isAllCaps("A 9mm PISTOL WAS FOUND BESIDE THE BODIES OF THE THREE PEASANTS"));
    }

    @Test
    void ordinaryTextAndShortShoutingAreNot() {
        assertFalse(LetterCase.isAllCaps("A car bomb killed eight people in Kabul on Monday, NATO said."));
        assertFalse(LetterCase.isAllCaps("NATO ATTACK"), "too few letters to judge");
        assertFalse(LetterCase.isAllCaps("1234 5678 -- ..."));
    }
}
