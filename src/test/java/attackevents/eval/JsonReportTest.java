package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void hasExactlyTheAgreedShape() {
        ObjectNode json = JsonReport.toJson(TextReportTest.sample());
        List<String> tally = List.of("precision", "recall", "f1", "pos", "act", "cor", "par", "inc", "mis", "spu");
        assertEquals(List.of("overall", "slots", "events", "articles"), keys(json));
        assertEquals(tally, keys(json.get("overall")));
        assertEquals(List.of("actor", "targets", "place", "fatalities", "injured", "type", "date", "suicide"),
                keys(json.get("slots")));
        json.get("slots").forEach(slot -> assertEquals(tally, keys(slot)));
        assertEquals(List.of("precision", "recall", "f1", "tp", "fp", "fn"), keys(json.get("events")));
    }

    @Test
    void carriesTheNumbers() {
        ObjectNode json = JsonReport.toJson(TextReportTest.sample());
        assertEquals(4, json.get("overall").get("pos").asInt());
        assertEquals(0.5, json.get("overall").get("recall").asDouble(), 1e-12);
        assertEquals(1, json.get("slots").get("actor").get("inc").asInt());
        assertEquals(1, json.get("events").get("fn").asInt());
    }

    @Test
    void articlesListScoredMissingAndExtra() {
        JsonNode articles = JsonReport.toJson(TextReportTest.sample()).get("articles");
        assertEquals(3, articles.size());
        assertEquals("scored", articles.get(0).get("status").asText());
        JsonNode mismatch = articles.get(0).get("matches").get(0).get("mismatches").get(0);
        assertEquals("actor", mismatch.get("slot").asText());
        assertEquals("INC", mismatch.get("grade").asText());
        assertEquals("Taliban fighters opened fire.", mismatch.get("evidence").asText());
        assertEquals("no_prediction", articles.get(1).get("status").asText());
        assertEquals("x", articles.get(2).get("article").asText());
        assertEquals("no_gold", articles.get(2).get("status").asText());
    }
}
