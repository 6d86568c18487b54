package attackevents.eval;

import java.util.Locale;

/** The scored slots of an event, in report order. */
public enum Slot {
    /** Who did it: one filler, graded by name. */
    ACTOR,
    /** Who or what was attacked: one verdict per gold or predicted target. */
    TARGETS,
    /** Where: the most specific place, or its country. */
    PLACE,
    /** People killed, a range. */
    FATALITIES,
    /** People injured, a range. */
    INJURED,
    /** The attack type. */
    TYPE,
    /** When, a range of days. */
    DATE,
    /** Whether it was a suicide attack; scored only for gold bombings. */
    SUICIDE;

    /** @return the name used in reports and JSON, e.g. {@code fatalities} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether a COR or PAR in this slot lets a gold and a predicted event be paired (scoring.md) */
    public boolean anchorsPairing() {
        return this == ACTOR || this == TARGETS || this == PLACE || this == FATALITIES;
    }
}
