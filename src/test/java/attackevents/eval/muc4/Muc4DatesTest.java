package attackevents.eval.muc4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.model.DateSpan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three date forms of template-doc-part1 section 7.3, and the oddities of the real keys. */
class Muc4DatesTest {
    private static final LocalDate JAN_21_89 = LocalDate.of(1989, 1, 21);

    @Test
    void oneDayARangeAndOnOrBefore() {
        assertEquals(new DateSpan(JAN_21_89, JAN_21_89, "21 JAN 89", null), Muc4Dates.parse("21 JAN 89"));
        assertEquals(new DateSpan(LocalDate.of(1989, 1, 15), JAN_21_89, "15 JAN 89 - 21 JAN 89", null),
                Muc4Dates.parse("15 JAN 89 - 21 JAN 89"));
        assertEquals(new DateSpan(null, JAN_21_89, "- 21 JAN 89", null), Muc4Dates.parse("- 21 JAN 89"));
        assertEquals(new DateSpan(null, LocalDate.of(1989, 11, 29), "-29 NOV 89", null), Muc4Dates.parse("-29 NOV 89"));
    }

    @Test
    void spelledOutAndLowerCaseMonths() {
        assertEquals(LocalDate.of(1990, 3, 3), Muc4Dates.parse("03 MARCH 90").from());
        assertEquals(LocalDate.of(1990, 2, 11), Muc4Dates.parse("11 Feb 90").from());
    }

    @Test
    void incompleteDatesOfTheKeysAreNoDate() {
        assertNull(Muc4Dates.parse("11 NOV"));
        assertNull(Muc4Dates.parse("OCT 18"));
        assertNull(Muc4Dates.parse("00 FEB 90"));
        assertNull(Muc4Dates.parse("11 XYZ 90"));
        assertNull(Muc4Dates.parse("20 NOV 89 - 12 NOV 89"));
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        assertEquals(LocalDate.of(1989, 11, 30), Muc4Dates.parse("31 NOV 89").from());
        assertEquals(LocalDate.of(1989, 11, 30), Muc4Dates.parse("11 NOV 89 - 31 NOV 89").to());
    }

    @Test
    void alternativesCoverEachOther() {
        DateSpan u = Muc4Dates.union(List.of("26 AUG 89", "- 26 AUG 89"));
        assertNull(u.from());
        assertEquals(LocalDate.of(1989, 8, 26), u.to());
        DateSpan r = Muc4Dates.union(List.of("03 MAR 90", "02 MAR 90 - 03 MAR 90"));
        assertEquals(LocalDate.of(1990, 3, 2), r.from());
        assertEquals(LocalDate.of(1990, 3, 3), r.to());
        assertNull(Muc4Dates.union(List.of("11 NOV")));
    }

    @Test
    void formatsAsInTheKeys() {
        assertEquals("03 JAN 90", Muc4Dates.format(LocalDate.of(1990, 1, 3)));
        assertEquals("05 SEP 22", Muc4Dates.format(LocalDate.of(2022, 9, 5)));
    }
}
