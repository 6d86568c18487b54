package attackevents.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
    private static final LocalDate MARCH_15 = LocalDate.of(2019, 3, 15);

    @Test
    void keepsTheDateAsWritten() {
        assertEquals(MARCH_15, PublishedDates.parse("2019-03-15"));
        assertEquals(MARCH_15, PublishedDates.parse(" 2019-03-15T10:00:00Z "));
        assertEquals(MARCH_15, PublishedDates.parse("2019-03-15T23:30:00-05:00"));
        assertEquals(MARCH_15, PublishedDates.parse("2019-03-15T23:30:00.123"));
        assertEquals(MARCH_15, PublishedDates.parse("2019-03-15T23:30:00+01:00[Europe/Paris]"));
        assertEquals(MARCH_15, PublishedDates.parse("Fri, 15 Mar 2019 10:00:00 GMT"));
    }

    @Test
    void rejectsOtherText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublishedDates.parse("15/03/2019"));
        assertEquals("not an ISO date or date-time: 15/03/2019", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PublishedDates.parse("2019-02-30"));
    }
}
