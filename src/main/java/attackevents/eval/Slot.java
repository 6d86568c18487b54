package attackevents.eval;

import java.util.Locale;

/** The scored slots of an event, in report order. */
public enum Slot {
    ACTOR, TARGETS, PLACE, FATALITIES, INJURED, TYPE, DATE, SUICIDE;

    /** @return the name used in reports and JSON, e.g. {@code fatalities} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return whether a COR or PAR in this slot lets a gold and a predicted event be paired (scoring.md) */
    public boolean anchorsPairing() {
        return this == ACTOR || this == TARGETS || this == PLACE || this == FATALITIES;
    }
}
