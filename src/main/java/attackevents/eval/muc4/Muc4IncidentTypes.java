package attackevents.eval.muc4;

import attackevents.model.AttackType;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code INCIDENT: TYPE} table of {@code shared/spec/muc4-mapping.md}. It is the contract between the
 * MUC-4 set list and the project's attack types, not tunable knowledge, so it lives here beside the parser.
 */
public final class Muc4IncidentTypes {
    private Muc4IncidentTypes() {
    }

    /**
     * @param incidentType a MUC-4 set value, e.g. {@code ATTACK}
     * @return the attack type, or {@code null} for a value outside the MUC-4 set list
     */
    public static AttackType toAttackType(String incidentType) {
        return switch (Objects.requireNonNull(incidentType, "incidentType").strip().toUpperCase(Locale.ROOT)) {
            case "ATTACK" -> AttackType.ARMED_ASSAULT;
            case "BOMBING" -> AttackType.BOMBING;
            case "KIDNAPPING" -> AttackType.KIDNAPPING;
            case "ARSON" -> AttackType.ARSON;
            case "HIJACKING" -> AttackType.HIJACKING; // in the MUC-4 set list, unused in the keys
            case "ROBBERY", "FORCED WORK STOPPAGE" -> AttackType.OTHER;
            default -> null;
        };
    }

    /**
     * The MUC-4 value a response writes for an attack type. MUC-4 has no assassination, unarmed assault or
     * "other": the keys file a murder under ATTACK, so those three are written ATTACK too (and read back as
     * armed assault). An attack of no known type is an ATTACK as well: every template has a type, and ATTACK is
     * the one for an incident that falls in no other ({@code template-doc-part1.v7}, slot 4).
     *
     * @param type the attack type, or {@code null} when unknown
     * @return the MUC-4 set value
     */
    public static String toIncidentType(AttackType type) {
        if (type == null) {
            return "ATTACK";
        }
        return switch (type) {
            case BOMBING -> "BOMBING";
            case KIDNAPPING -> "KIDNAPPING";
            case ARSON -> "ARSON";
            case HIJACKING -> "HIJACKING";
            case ARMED_ASSAULT, ASSASSINATION, UNARMED_ASSAULT, OTHER -> "ATTACK";
        };
    }
}
