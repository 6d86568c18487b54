package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatelinesTest {
    private static final Datelines DATELINES = new Datelines(Path.of("models", "clean", "dateline-patterns.txt"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "   SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY REPORTED|1990-01-03",
        "GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY|1990-02-04",
        "WASHINGTON, Sept. 5, 2014 (Reuters) - Officials said|2014-09-05",
        "LIMA, 31 DEC 89 -- A BOMB EXPLODED|1989-12-31",
        "   MEXICO CITY (MEXICO), 22 MAR 89 -- [EXCERPT] THE FMLN|1989-03-22",
        "   PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] DEPORTED|1989-06-11",
    })
    void readsTheDateOfADateline(String text, String date) {
        assertEquals(Optional.of(LocalDate.parse(date)), DATELINES.find(text));
    }

    @Test
    void noDatelineNoDate() {
        assertTrue(DATELINES.find("A bomb exploded in Kabul on Monday, 5 September.").isEmpty());
        assertTrue(DATELINES.find("BOGOTA, 31 FOO 90 -- nothing").isEmpty());
    }
}
