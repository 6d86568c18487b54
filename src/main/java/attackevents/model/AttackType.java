package attackevents.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The Global Terrorism Database's attack types, folded as in the gold format. */
public enum AttackType {
    BOMBING, ARMED_ASSAULT, ASSASSINATION, KIDNAPPING, HIJACKING, ARSON, UNARMED_ASSAULT, OTHER;

    /** @return the name used in JSON, e.g. {@code armed_assault} */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a JSON name such as {@code "bombing"}.
     *
     * @param name the lower-case name
     * @return the type
     * @throws IllegalArgumentException for an unknown name
     */
    @JsonCreator
    public static AttackType fromJson(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
