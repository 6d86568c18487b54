package attackevents.source;

import attackevents.output.Json;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.LocalDate;

/** Reading a JSON object and its string fields, with one-line reasons for what is wrong. */
final class JsonObjects {
    // Text after the object is an error, not silently ignored.
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonObjects() {
    }

    /**
     * @param json the text of one JSON object
     * @return the object
     * @throws UnreadableInputException "malformed JSON: …" with Jackson's message and the position,
     *                                  or "JSON is not an object"
     */
    static JsonNode parseObject(String json) throws UnreadableInputException {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new UnreadableInputException("malformed JSON: " + IoErrors.oneLine(e.getOriginalMessage()) + where);
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableInputException("JSON is not an object");
        }
        return node;
    }

    /**
     * @param object a JSON object
     * @param field  a field name
     * @return the field's string value, or {@code null} when it is absent, {@code null} or blank
     * @throws UnreadableInputException when the field holds something other than a string
     */
    static String string(JsonNode object, String field) throws UnreadableInputException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new UnreadableInputException("JSON '" + field + "' is not a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /**
     * @param object a JSON object
     * @param field  a field holding an ISO date or date-time
     * @return the date, or {@code null} when the field is absent, {@code null} or blank
     * @throws UnreadableInputException when the field holds something that is not a date
     */
    static LocalDate date(JsonNode object, String field) throws UnreadableInputException {
        String text = string(object, field);
        try {
            return text == null ? null : PublishedDates.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException("JSON '" + field + "' is " + e.getMessage());
        }
    }
}
