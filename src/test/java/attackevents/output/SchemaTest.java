package attackevents.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.Actor;
import attackevents.model.ArticleRecord;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code schema/article-record.schema.json} names exactly the fields a record is written with, at every level. */
class SchemaTest {
    private static final Evidence E = new Evidence("A bomb killed eight people in Kabul.", 0, 6);

    @Test
    void schemaAndRecordsHaveTheSameFields() throws IOException {
        JsonNode schema = Json.mapper().readTree(Path.of("schema", "article-record.schema.json").toFile());
        AttackEvent event = new AttackEvent(AttackType.BOMBING, true, new Actor("ISKP", "Islamic State Khorasan Province", E),
                List.of(new Target("embassy", E)), new Place("Kabul", "Afghanistan", E), new Count(8, 8, "eight", E),
                new Count(24, null, "dozens", E), new DateSpan(LocalDate.of(2022, 9, 5), LocalDate.of(2022, 9, 5), "Monday", E),
                0.9, List.of(E));
        ArticleRecord record = new ArticleRecord("a", "a.txt", "t", "u", LocalDate.of(2022, 9, 6), "eng", List.of(event),
                List.of("w"), null, null);
        JsonNode written = Json.mapper().valueToTree(record);
        JsonNode defs = schema.get("$defs");

        assertSameFields("record", schema, written);
        JsonNode e = written.get("events").get(0);
        assertSameFields("event", defs.get("event"), e);
        assertSameFields("evidence", defs.get("evidence"), e.get("evidence").get(0));
        assertSameFields("count", defs.get("count"), e.get("fatalities"));
        JsonNode eventProps = defs.get("event").get("properties");
        assertSameFields("actor", objectBranch(eventProps.get("actor")), e.get("actor"));
        assertSameFields("place", objectBranch(eventProps.get("place")), e.get("place"));
        assertSameFields("date", objectBranch(eventProps.get("date")), e.get("date"));
        assertSameFields("target", eventProps.get("targets").get("items"), e.get("targets").get(0));
        for (JsonNode type : eventProps.get("type").get("enum")) {
            if (!type.isNull()) {
                assertEquals(type.asText(), AttackType.fromJson(type.asText()).jsonName());
            }
        }
    }

    private static JsonNode objectBranch(JsonNode oneOf) {
        for (JsonNode branch : oneOf.get("oneOf")) {
            if (branch.has("properties")) {
                return branch;
            }
        }
        throw new AssertionError("no object branch in " + oneOf);
    }

    private static void assertSameFields(String what, JsonNode schemaObject, JsonNode written) {
        Set<String> declared = new TreeSet<>();
        schemaObject.get("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> actual = new TreeSet<>();
        written.fieldNames().forEachRemaining(actual::add);
        assertEquals(declared, actual, what + ": schema properties vs written fields");
        if (schemaObject.has("required")) {
            for (JsonNode r : schemaObject.get("required")) {
                assertTrue(actual.contains(r.asText()), what + " lacks required " + r.asText());
            }
        }
    }
}
