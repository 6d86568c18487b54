package attackevents.eval.muc4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Location fills from template-doc-part1 section 7.4 and the keys. */
class Muc4LocationTest {
    @Test
    void countryThenMostSpecificPlace() {
        assertEquals(new Muc4Location("EL SALVADOR", List.of("SAN LUIS DE LA REINA")),
                Muc4Location.parse("EL SALVADOR: SAN MIGUEL (DEPARTMENT): SAN LUIS DE LA REINA (TOWN)"));
        assertEquals(new Muc4Location("PERU", List.of("MIRAFLORES")),
                Muc4Location.parse("PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)"));
    }

    @Test
    void countryOnly() {
        assertEquals(new Muc4Location("EL SALVADOR", List.of()), Muc4Location.parse("EL SALVADOR"));
        assertNull(Muc4Location.parse(" "));
    }

    @Test
    void betweenTwoPlacesGivesBoth() {
        assertEquals(new Muc4Location("COLOMBIA", List.of("CUCUTA", "CAMPANARIO")),
                Muc4Location.parse("COLOMBIA: CUCUTA (CITY) - CAMPANARIO (RURAL AREA)"));
        assertEquals(List.of("CARAHUAICHI-JAURIN"), Muc4Location.parse("PERU: CARAHUAICHI-JAURIN (AREA)").specific());
    }

    @Test
    void kindAlternativesAndMissingKinds() {
        assertEquals(List.of("USULUTAN"),
                Muc4Location.parse("EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)").specific());
        assertEquals(new Muc4Location("AFGHANISTAN", List.of("KABUL")), Muc4Location.parse("AFGHANISTAN: KABUL"));
    }
}
