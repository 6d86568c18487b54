package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {
    private static final PlaceGazetteer PLACES = new PlaceGazetteer(SharedPipeline.MODELS.resolve("gazetteers"));

    @Test
    void countriesAndTheirAliases() {
        assertEquals("Afghanistan", PLACES.country("Afghanistan"));
        assertEquals("United States", PLACES.country("U.S."));
        assertEquals("United Kingdom", PLACES.country("Britain"));
        assertNull(PLACES.country("Kabul"));
    }

    @Test
    void demonymsInTheSingularAndPluralAndTheirVariants() {
        assertEquals("El Salvador", PLACES.countryOfDemonym("SALVADORAN"));
        assertEquals("Colombia", PLACES.countryOfDemonym("Colombians"));
        assertEquals("Costa Rica", PLACES.countryOfDemonym("Costa Rican"));
        assertEquals("France", PLACES.countryOfDemonym("French"), "the UN member of the two the data gives");
        assertEquals("Ecuador", PLACES.countryOfDemonym("Ecuadoran"), "demonym-variants.tsv");
        assertNull(PLACES.countryOfDemonym("Congolese"), "a demonym of two countries says neither");
        assertNull(PLACES.countryOfDemonym("minister"));
        assertEquals("Bosnia and Herzegovina", PLACES.countryOfDemonym("Herzegovinian"), "a combined demonym, split");
        assertEquals(PlaceGazetteer.NO_COUNTRY, PLACES.countryOfDemonym("Latin American"));
    }

    @Test
    void townsWithAccentsFoldedAndTheirCountries() {
        assertTrue(PLACES.isTown("Herat"));
        assertEquals("Afghanistan", PLACES.countryOfTown("Jalalabad", List.of()));
        assertEquals("Syria", PLACES.countryOfTown("Deir ez-Zor", List.of()));
        assertFalse(PLACES.isTown("Qwxzzy"));
    }

    @Test
    void aTownInACountryTheArticleNamesWinsOverALargerOne() {
        assertEquals("United States", PLACES.countryOfTown("Boston", List.of()));
        assertEquals("United Kingdom", PLACES.countryOfTown("Boston", List.of("United Kingdom")));
        // a city known abroad keeps its country; a small namesake abroad is no evidence of a country
        assertEquals("Nicaragua", PLACES.countryOfTown("Managua", List.of("El Salvador")));
        assertEquals("United Kingdom", PLACES.countryOfTown("Street", List.of()));
        assertNull(PLACES.countryOfTown("Street", List.of("Guatemala")));
    }

    @Test
    void aCapitalGivesItsCountry() {
        assertEquals("El Salvador", PLACES.countryOfCapital("SAN SALVADOR"));
        assertEquals("Colombia", PLACES.countryOfCapital("Bogota"));
        assertNull(PLACES.countryOfCapital("Jalalabad"));
        // "Washington, D.C." in the gazetteer, "WASHINGTON" in a dateline
        assertEquals("United States", PLACES.countryOfCapital("WASHINGTON"));
        assertEquals("United States", PLACES.countryOfTown("Washington", List.of("Bolivia")));
    }

    @Test
    void aPlaceIsNamedWithoutTheWordForItsKind() {
        assertEquals("ANTIOQUIA", PLACES.bareName("ANTIOQUIA DEPARTMENT"));
        assertEquals("Itagui", PLACES.bareName("the municipality of Itagui".substring(4)));
        assertEquals("Kabul airport", PLACES.bareName("Kabul airport"), "a site is no administrative kind");
        assertEquals("Department", PLACES.bareName("Department"), "nothing left: kept");
        assertEquals("AYACUCHO", PLACES.bareName("ANDEAN CITY OF AYACUCHO"));
        assertTrue(PLACES.isKindWord("City") && PLACES.isKindWord("northern") && !PLACES.isKindWord("Monteria"));
        assertEquals("MIRAFLORES", PLACES.bareName("LIMA DISTRICT OF MIRAFLORES"));
        assertEquals("HUANCAYO", PLACES.bareName("HUANCAYO CITY"));
        assertEquals("GUATEMALA CITY", PLACES.bareName("GUATEMALA CITY"), "a city named so stays");
        assertEquals("CHALATENANGO", PLACES.bareName("NORTHERN CHALATENANGO"));
        assertEquals("South Africa", PLACES.bareName("South Africa"));
    }

    @Test
    void aSiteIsKnownByItsLastWordAndHoldsTheTownItOpensWith() {
        assertTrue(PLACES.isSite("San Salvador Central Market"));
        assertTrue(PLACES.isSite("Bogota airport"));
        assertFalse(PLACES.isSite("Roosevelt Avenue"), "streets are places for news gold");
        assertFalse(PLACES.isSite("San Salvador"));
        assertEquals("San Salvador", PLACES.townWithin("San Salvador Central Market"));
        assertEquals("Bogota", PLACES.townWithin("Bogota airport"));
        assertNull(PLACES.townWithin("General Hospital"));
    }
}
