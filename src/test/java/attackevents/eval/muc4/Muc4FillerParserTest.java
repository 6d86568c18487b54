package attackevents.eval.muc4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Filler lines quoted from the MUC-4 keys and the template documentation. */
class Muc4FillerParserTest {
    @Test
    void alternativesOfOneFiller() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.PERP_ORGANIZATION_ID,
                "\"FARABUNDO MARTI NATIONAL LIBERATION FRONT\" / \"FMLN\"");
        assertEquals(List.of("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"), f.alternatives());
        assertFalse(f.uncertain());
        assertFalse(f.isTied());
    }

    @Test
    void questionMarkMakesAFillerUncertainWithOrWithoutABlank() {
        assertTrue(Muc4FillerParser.parse(Muc4Slot.PERP_INDIVIDUAL_ID, "? \"TERRORIST\"").uncertain());
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.PERP_INDIVIDUAL_ID, "?\"SUBVERSIVES\" / \"GROUP OF SUBVERSIVES\"");
        assertTrue(f.uncertain());
        assertEquals(List.of("SUBVERSIVES", "GROUP OF SUBVERSIVES"), f.alternatives());
    }

    @Test
    void setValueTiedToAFiller() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_NUMBER, "50: \"PEASANTS\"");
        assertEquals(List.of("50"), f.setValues());
        assertEquals(List.of("PEASANTS"), f.crossReference());
        assertTrue(f.alternatives().isEmpty());
        assertTrue(f.isTied());
    }

    @Test
    void setValueAlternativesTiedToAFillerWithAlternatives() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_NUMBER,
                "-80 / 57- / 47-: \"MEN OF CAYARA\"");
        assertEquals(List.of("-80", "57-", "47-"), f.setValues());
        Muc4Filler g = Muc4FillerParser.parse(Muc4Slot.PERP_ORGANIZATION_CONFIDENCE,
                "REPORTED AS FACT / CLAIMED OR ADMITTED: \"GUATEMALAN NATIONAL REVOLUTIONARY UNITY\" / \"URNG\"");
        assertEquals(List.of("REPORTED AS FACT", "CLAIMED OR ADMITTED"), g.setValues());
        assertEquals(List.of("GUATEMALAN NATIONAL REVOLUTIONARY UNITY", "URNG"), g.crossReference());
    }

    @Test
    void parenthesisedAlternativesAndTheNoFillerReference() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_EFFECT, "(INJURY / DEATH): \"A\" / \"B\"");
        assertEquals(List.of("INJURY", "DEATH"), f.setValues());
        Muc4Filler none = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_EFFECT, "NO INJURY / NO INJURY OR DEATH: \"-\"");
        assertEquals(List.of("-"), none.crossReference());
        assertFalse(none.isTied(), "\"-\" points to no filler");
    }

    @Test
    void descriptionTiedToAName() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_DESCRIPTION,
                "\"PRESIDENT OF THE MORTGAGE BANK\" / \"MR\": \"MASON\"");
        assertEquals(List.of("PRESIDENT OF THE MORTGAGE BANK", "MR"), f.alternatives());
        assertEquals(List.of("MASON"), f.crossReference());
        Muc4Filler wrapped = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_DESCRIPTION, "? (\"A\" / \"B\"): \"C\"");
        assertEquals(List.of("A", "B"), wrapped.alternatives());
        assertTrue(wrapped.uncertain());
        Muc4Filler dash = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_DESCRIPTION, "-: \"ORLANDO LETELIER\"");
        assertTrue(dash.alternatives().isEmpty());
        assertEquals(List.of("-"), dash.setValues());
    }

    @Test
    void escapedQuotesAndSeparatorsInsideQuotes() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.PHYS_TGT_ID,
                "\"BRANCH OF THE \\\"CITICORP\\\" FINANCIAL FIRM\" / \"BUS, WITH LICENSE PLATE 76231\" / \"A: B / C\"");
        assertEquals(List.of("BRANCH OF THE \"CITICORP\" FINANCIAL FIRM", "BUS, WITH LICENSE PLATE 76231", "A: B / C"),
                f.alternatives());
    }

    @Test
    void unquotedNameInAStringSlotIsAString() {
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.PERP_ORGANIZATION_ID, "BASQUE FATHERLAND LIBERTY [ETA]");
        assertEquals(List.of("BASQUE FATHERLAND LIBERTY [ETA]"), f.alternatives());
    }

    @Test
    void datesAndLocationsSplitOnlyOnTopLevelSlashes() {
        Muc4Filler loc = Muc4FillerParser.parse(Muc4Slot.INCIDENT_LOCATION,
                "(COLOMBIA: BOGOTA (CITY)) / (COLOMBIA)");
        assertEquals(List.of("COLOMBIA: BOGOTA (CITY)", "COLOMBIA"), loc.setValues());
        Muc4Filler kinds = Muc4FillerParser.parse(Muc4Slot.INCIDENT_LOCATION,
                "EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)");
        assertEquals(List.of("EL SALVADOR: USULUTAN (CITY / COUNTY / DEPARTMENT)"), kinds.setValues());
        Muc4Filler date = Muc4FillerParser.parse(Muc4Slot.INCIDENT_DATE, "(26 AUG 89) / (- 26 AUG 89)");
        assertEquals(List.of("26 AUG 89", "- 26 AUG 89"), date.setValues());
    }

    @Test
    void malformedQuotesInTheKeysDoNotStopTheRead() {
        // dev key 1101, line 3356: a quote too few.
        Muc4Filler f = Muc4FillerParser.parse(Muc4Slot.HUM_TGT_EFFECT, "INJURY: \"16 OTHERS / \"OTHERS\"");
        assertEquals(List.of("INJURY"), f.setValues());
        assertEquals(List.of("16 OTHERS", "OTHERS"), f.crossReference());
        // dev key 0101, line 153: a quote too many; the stray one is dropped.
        Muc4Filler g = Muc4FillerParser.parse(Muc4Slot.PHYS_TGT_TYPE, "ORGANIZATION OFFICE: \"\"HUMANITARIAN ORGANIZATIONS\"");
        assertEquals(List.of("HUMANITARIAN ORGANIZATIONS"), g.crossReference());
    }

    @Test
    void aFillerWithoutValueIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Muc4FillerParser.parse(Muc4Slot.PHYS_TGT_ID, "?"));
        assertThrows(NullPointerException.class, () -> Muc4FillerParser.parse(Muc4Slot.PHYS_TGT_ID, null));
    }
}
