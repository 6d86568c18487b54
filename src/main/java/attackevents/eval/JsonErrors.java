package attackevents.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Turns Jackson's multi-line messages into one line: the field path, the reason and the line. */
final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * @param e        a Jackson failure
     * @param withLine whether to add the line it happened on (pointless for a one-line document)
     * @return e.g. {@code events[0].fatalities: bad count 5..3 (line 9)}
     */
    static String describe(JsonProcessingException e, boolean withLine) {
        StringBuilder out = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            out.append(path(mapping));
        }
        // A record's own argument check (Count, DateSpan, AttackType) says best what is wrong; the records'
        // requireNonNull checks name the missing field.
        Throwable cause = e.getCause();
        String reason = cause instanceof IllegalArgumentException ? cause.getMessage()
                : cause instanceof NullPointerException ? "missing " + cause.getMessage()
                : e.getOriginalMessage();
        out.append(firstLine(reason));
        JsonLocation where = e.getLocation();
        if (withLine && where != null && where.getLineNr() > 0) {
            out.append(" (line ").append(where.getLineNr()).append(')');
        }
        return out.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : path + ": ";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
