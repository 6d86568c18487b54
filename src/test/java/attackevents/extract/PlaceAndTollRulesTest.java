package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.SharedPipeline;
import attackevents.model.AttackEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Country from a capital the article names, casualty words that say there were none, one death without a number. */
class PlaceAndTollRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(1990, 1, 3);

    private static List<AttackEvent> extract(String text) {
        return SharedPipeline.get().extractText(text, PUBLISHED);
    }

    @Test
    void aTownNamedInManyCountriesIsInTheCountryOfTheCapitalTheArticleNames() {
        // Trujillo is a town in Peru, Venezuela and Honduras, the largest in Peru; the dateline names Tegucigalpa
        List<AttackEvent> events = extract("Tegucigalpa, 3 Jan 90 -- Gunmen killed three farmers in Trujillo "
                + "on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Honduras", events.get(0).place().country());
    }

    @Test
    void aTownWithinALongerNameCountsOnlyInACountryTheArticleNames() {
        // the gazetteer knows no San Juan de Urama; its largest San Juan is in Argentina, which the article never names
        List<AttackEvent> events = extract("Bogota, 3 Jan 90 -- FARC rebels blew up a jeep near San Juan de Urama "
                + "on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Colombia", events.get(0).place().country(), events.toString());
    }

    @Test
    void kindWordsAndAdjectivesNameNoPlace() {
        // in capitals the true-caser gives "the Northern City of Monteria", and the name model tags "Northern City"
        List<AttackEvent> events = extract("BOGOTA, 14 OCT 89 (DPA) -- WILLIAM BENDECK OLIVELLA, DIRECTOR OF A RADIO "
                + "NEWSCAST IN THE NORTHERN CITY OF MONTERIA, WAS KILLED BY UNIDENTIFIED PERSONS.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("MONTERIA", events.get(0).place().name(), events.toString());
        // "Caribbean", tagged an adjective, says of what region the port is
        events = extract("ON 16 JUNE, THE MAIN OIL RESERVES IN THE CARIBBEAN PORT CITY OF COVENAS WERE DESTROYED BY "
                + "SEVERAL DYNAMITE BLASTS SET OFF BY THE GUERRILLAS.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("COVENAS", events.get(0).place().name(), events.toString());
    }

    @Test
    void noCasualtiesIsNoToll() {
        List<AttackEvent> events = extract("Police units guarding the bridge in Kabul repelled a terrorist attack "
                + "that resulted in no casualties.");
        assertEquals(1, events.size(), events.toString());
        assertNull(events.get(0).injured(), events.get(0).toString());
        assertNull(events.get(0).fatalities(), events.get(0).toString());
    }

    @Test
    void aCountryUsedAsAnAdjectiveIsNotWhereTheAttackHappened() {
        List<AttackEvent> events = extract("A bomb exploded outside the U.S. embassy on Tuesday, wounding two guards.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).place() == null || events.get(0).place().name() == null,
                "'U.S.' says whose embassy, not where: " + events.get(0).place());
    }

    @Test
    void aPlaceNamedOnlyByTheDatelineGivesItsCountryAlone() {
        List<AttackEvent> events = extract("SAN SALVADOR, 3 JAN 90 -- Gunmen killed three farmers on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertNull(events.get(0).place().name(), "where the report was filed is not where the attack was: "
                + events.get(0).place());
        assertEquals("El Salvador", events.get(0).place().country());

        events = extract("SAN SALVADOR, 3 JAN 90 -- Gunmen killed three farmers in Usulutan on Monday.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Usulutan", events.get(0).place().name(), "a place the sentence gives wins");

        events = extract("LIMA, 23 MAR 90 (EFE) -- [EXCERPT] A CAR FULL OF DYNAMITE EXPLODED IN FRONT OF THE "
                + "ECONOMY MINISTRY IN LIMA TODAY, KILLING ONE PERSON AND INJURING FIVE OTHERS.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("LIMA", events.get(0).place().name(), "the sentence names the dateline's town again");
    }

    @Test
    void aSiteIsNoPlaceButTheTownItIsNamedAfterIs() {
        List<AttackEvent> events = extract("A bomb exploded at the Bogota airport on Tuesday, wounding two guards.");
        assertEquals(1, events.size(), events.toString());
        assertEquals("Bogota", events.get(0).place().name(), events.get(0).toString());
    }

    private static Integer deaths(String sentence) {
        List<AttackEvent> events = extract(sentence);
        assertEquals(1, events.size(), events.toString());
        return events.get(0).fatalities() == null ? null : events.get(0).fatalities().min();
    }

    @Test
    void onePersonKilledWithNoNumberIsOneDeath() {
        assertEquals(1, deaths("Judge Bernardo Jaramillo was assassinated in Medellin on Monday."));
        assertEquals(1, deaths("Police are investigating the murder of Luis Carlos Galan in Bogota on Monday."));
        assertEquals(1, deaths("The mayor was murdered by gunmen in Cali on Tuesday."));
        assertEquals(1, deaths("Police said Diego Vargas, 56, was killed by two gunmen in Cali on Monday."),
                "an age is no toll");
        assertNull(deaths("The mayor survived an assassination attempt by gunmen in Cali on Tuesday."));
    }
}
