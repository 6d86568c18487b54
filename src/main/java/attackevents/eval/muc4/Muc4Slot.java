package attackevents.eval.muc4;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The 25 numbered slots of a MUC-4 template, in file order, with the label each slot line carries. */
public enum Muc4Slot {
    MESSAGE_ID("MESSAGE: ID"),
    MESSAGE_TEMPLATE("MESSAGE: TEMPLATE"),
    INCIDENT_DATE("INCIDENT: DATE", Fill.CONVERSION),
    INCIDENT_LOCATION("INCIDENT: LOCATION", Fill.CONVERSION),
    INCIDENT_TYPE("INCIDENT: TYPE"),
    INCIDENT_STAGE("INCIDENT: STAGE OF EXECUTION"),
    INSTRUMENT_ID("INCIDENT: INSTRUMENT ID", Fill.STRING),
    INSTRUMENT_TYPE("INCIDENT: INSTRUMENT TYPE"),
    PERP_CATEGORY("PERP: INCIDENT CATEGORY"),
    PERP_INDIVIDUAL_ID("PERP: INDIVIDUAL ID", Fill.STRING),
    PERP_ORGANIZATION_ID("PERP: ORGANIZATION ID", Fill.STRING),
    PERP_ORGANIZATION_CONFIDENCE("PERP: ORGANIZATION CONFIDENCE"),
    PHYS_TGT_ID("PHYS TGT: ID", Fill.STRING),
    PHYS_TGT_TYPE("PHYS TGT: TYPE"),
    PHYS_TGT_NUMBER("PHYS TGT: NUMBER"),
    PHYS_TGT_FOREIGN_NATION("PHYS TGT: FOREIGN NATION"),
    PHYS_TGT_EFFECT("PHYS TGT: EFFECT OF INCIDENT"),
    PHYS_TGT_TOTAL_NUMBER("PHYS TGT: TOTAL NUMBER"),
    HUM_TGT_NAME("HUM TGT: NAME", Fill.STRING),
    HUM_TGT_DESCRIPTION("HUM TGT: DESCRIPTION", Fill.STRING),
    HUM_TGT_TYPE("HUM TGT: TYPE"),
    HUM_TGT_NUMBER("HUM TGT: NUMBER"),
    HUM_TGT_FOREIGN_NATION("HUM TGT: FOREIGN NATION"),
    HUM_TGT_EFFECT("HUM TGT: EFFECT OF INCIDENT"),
    HUM_TGT_TOTAL_NUMBER("HUM TGT: TOTAL NUMBER");

    /** What a slot's fillers are, which decides how a filler line is split. */
    public enum Fill {
        /** strings from the article, {@code "A" / "B"}, possibly tied to another filler */
        STRING,
        /** set fills and numbers, possibly tied to another filler: {@code DEATH: "PEASANTS"} */
        SET,
        /** a text conversion with its own colons and parentheses (date, location): never tied */
        CONVERSION
    }

    private final String label;
    private final Fill fill;
    private final Pattern labelPattern;

    Muc4Slot(String label) {
        this(label, Fill.SET);
    }

    Muc4Slot(String label, Fill fill) {
        this.label = label;
        this.fill = fill;
        // Words of the label with any run of blanks between them, followed by a blank or the end of the line;
        // any case, as responses written by other systems may not shout.
        this.labelPattern = Pattern.compile(String.join("\\s+", label.split(" ")) + "(?=\\s|$)",
                Pattern.CASE_INSENSITIVE);
    }

    /** @return the slot's number, 0..24 */
    public int number() {
        return ordinal();
    }

    /** @return the label as the documentation spells it, e.g. {@code INCIDENT: TYPE} */
    public String label() {
        return label;
    }

    /** @return what kind of fillers the slot holds */
    public Fill fill() {
        return fill;
    }

    /** @return a pattern matching the label at the start of a text, with any blanks between its words */
    Pattern labelPattern() {
        return labelPattern;
    }

    /**
     * Looks a slot up by number.
     *
     * @param number 0..24
     * @return the slot
     * @throws IllegalArgumentException for another number
     */
    public static Muc4Slot ofNumber(int number) {
        if (number < 0 || number >= values().length) {
            throw new IllegalArgumentException("no MUC-4 slot number " + number);
        }
        return values()[number];
    }

    /**
     * Looks a slot up by its label.
     *
     * @param label e.g. {@code HUM TGT: NAME}
     * @return the slot
     * @throws IllegalArgumentException for an unknown label
     */
    public static Muc4Slot ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        String normalised = label.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        for (Muc4Slot slot : values()) {
            if (slot.label.equals(normalised)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("no MUC-4 slot labelled " + label);
    }
}
