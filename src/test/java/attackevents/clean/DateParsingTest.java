package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParsingTest {
    @Test
    void commonPageFormats() {
        LocalDate d = LocalDate.of(2019, 11, 19);
        assertEquals(d, DateParsing.parse("2019-11-19T12:30:00Z"));
        assertEquals(d, DateParsing.parse("2019/11/19"));
        assertEquals(d, DateParsing.parse("20191119"));
        assertEquals(d, DateParsing.parse("Nov. 19, 2019 at 5 pm"));
        assertEquals(d, DateParsing.parse("Tuesday 19th November 2019"));
    }

    @Test
    void nothingOrInvalid() {
        assertNull(DateParsing.parse(null));
        assertNull(DateParsing.parse(""));
        assertNull(DateParsing.parse("yesterday"));
        assertNull(DateParsing.parse("2019-02-30"));
    }
}
