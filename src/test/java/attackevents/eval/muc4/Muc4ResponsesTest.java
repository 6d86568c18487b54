package attackevents.eval.muc4;

import static attackevents.eval.muc4.Muc4TestFiles.snippet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Place;
import attackevents.model.Target;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template files read as predictions (the keys serve as a response here: same format). */
class Muc4ResponsesTest {
    @Test
    void eachTemplateIsAnEventWithFirstStrings() throws IOException {
        Map<String, ArticleRecord> records = Muc4Responses.read(snippet("key-dev-0001-0004.muc4"));

        assertEquals(List.of("DEV-MUC3-0001", "DEV-MUC3-0002", "DEV-MUC3-0003", "DEV-MUC3-0004"),
                List.copyOf(records.keySet()));
        assertTrue(records.get("DEV-MUC3-0002").events().isEmpty());
        AttackEvent e = records.get("DEV-MUC3-0001").events().get(0);
        assertEquals(AttackType.KIDNAPPING, e.type());
        assertEquals("FARABUNDO MARTI NATIONAL LIBERATION FRONT", e.actor().text());
        assertEquals(List.of(new Target("PEASANTS", null)), e.targets());
        assertEquals(new Place("SAN LUIS DE LA REINA", "EL SALVADOR", null), e.place());
        assertEquals(1.0, e.confidence());
        assertTrue(e.evidence().isEmpty());
        assertEquals("TERRORIST", records.get("DEV-MUC3-0001").events().get(1).actor().text());
        AttackEvent romero = records.get("DEV-MUC3-0004").events().get(0);
        assertEquals(new Place(null, "EL SALVADOR", null), romero.place());
        assertEquals(List.of("ARNULFO ROMERO", "SALVADORANS", "JESUIT PRIESTS"),
                romero.targets().stream().map(Target::text).toList());
        assertEquals(70003, romero.fatalities().min());
    }

    @Test
    void aRepeatedTargetStringIsOneTarget() throws IOException {
        AttackEvent e = Muc4Responses.read(snippet("key-dev-0548-repeated-target.muc4"))
                .get("DEV-MUC3-0548").events().get(0);
        assertEquals(List.of(new Target("PEASANTS", null)), e.targets());
        assertEquals(26, e.fatalities().max());
        assertEquals(15, e.injured().max());
    }

    @Test
    void noPerpetratorNoActor() {
        Map<String, ArticleRecord> r = Muc4Responses.toRecords(Muc4TemplateParser.parse(
                "0. MESSAGE: ID  A-1\n1. MESSAGE: TEMPLATE  1\n4. INCIDENT: TYPE  BOMBING\n"
                        + "9. PERP: INDIVIDUAL ID  -\n10. PERP: ORGANIZATION ID  -\n", "inline"), "inline");
        AttackEvent e = r.get("A-1").events().get(0);
        assertNull(e.actor());
        assertNull(e.place());
        assertEquals("inline", r.get("A-1").source());
    }
}
