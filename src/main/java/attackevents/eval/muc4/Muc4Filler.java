package attackevents.eval.muc4;

import java.util.List;
import java.util.Objects;

/**
 * One filler of a MUC-4 slot: one line of the slot's value. Quoted strings from the article go to
 * {@code alternatives}; unquoted values (set fills such as {@code DEATH}, {@code CIVILIAN}, numbers such as
 * {@code 50} or {@code PLURAL}, dates, locations) go to {@code setValues}; a {@code /} between them gives
 * alternatives for the same filler. Text after a colon is the cross-reference: the filler of another slot
 * this one describes, as in {@code DEATH: "PEASANTS"} or {@code "JESUIT PRIEST": "IGNACIO ELLACURIA"}.
 *
 * <p>Examples: {@code "FMLN" / "FARABUNDO MARTI NATIONAL LIBERATION FRONT"} has two alternatives;
 * {@code ? "TERRORIST"} is uncertain; {@code 50: "PEASANTS"} has set value {@code 50} and cross-reference
 * {@code PEASANTS}; {@code NO INJURY OR DEATH: "-"} has cross-reference {@code -} (no filler).
 *
 * @param alternatives   the quoted strings, unescaped, as written (upper case)
 * @param uncertain      whether the filler starts with {@code ?} (generating it is optional)
 * @param setValues      the unquoted values, alternatives of one another
 * @param crossReference the alternatives of the filler this one points to (empty when it points to none)
 */
public record Muc4Filler(List<String> alternatives, boolean uncertain, List<String> setValues,
                         List<String> crossReference) {
    public Muc4Filler {
        alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives"));
        setValues = List.copyOf(Objects.requireNonNull(setValues, "setValues"));
        crossReference = List.copyOf(Objects.requireNonNull(crossReference, "crossReference"));
        if (alternatives.isEmpty() && setValues.isEmpty()) {
            throw new IllegalArgumentException("a filler needs a string or a set value");
        }
    }

    /** @return a filler of quoted strings only, e.g. {@code "BUS" / "MILITARY BUS"} */
    public static Muc4Filler strings(String... alternatives) {
        return new Muc4Filler(List.of(alternatives), false, List.of(), List.of());
    }

    /** @return a set value tied to a filler, e.g. {@code DEATH: "PEASANTS"} */
    public static Muc4Filler tied(String setValue, String... crossReference) {
        return new Muc4Filler(List.of(), false, List.of(setValue), List.of(crossReference));
    }

    /** @return whether this filler points to another one (a cross-reference other than {@code "-"}) */
    public boolean isTied() {
        return crossReference.stream().anyMatch(s -> !s.isBlank() && !s.equals("-"));
    }

    /** @return the first string alternative, else the first set value */
    public String first() {
        return alternatives.isEmpty() ? setValues.get(0) : alternatives.get(0);
    }
}
