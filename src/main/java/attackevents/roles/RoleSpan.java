package attackevents.roles;

import java.util.Objects;

/**
 * A token span of one sentence that plays a role.
 *
 * @param start       first token, from 0
 * @param end         one past the last token
 * @param type        {@value #TARGET} or {@value #PERP}
 * @param probability the tagger's probability for the span (1 for gold spans)
 */
public record RoleSpan(int start, int end, String type, double probability) {
    /** What or who was attacked. */
    public static final String TARGET = "target";
    /** Who attacked: a group or a person. */
    public static final String PERP = "perp";

    public RoleSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** @return whether the two spans share a token */
    public boolean overlaps(RoleSpan other) {
        return start < other.end && other.start < end;
    }

    /** @return whether the two spans cover the same tokens with the same type (probabilities aside) */
    public boolean sameAs(RoleSpan other) {
        return start == other.start && end == other.end && type.equals(other.type);
    }
}
