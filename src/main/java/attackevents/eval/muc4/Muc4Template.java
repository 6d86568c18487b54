package attackevents.eval.muc4;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One MUC-4 template as written in a key or response file.
 *
 * @param messageId    the message id without the site suffix, e.g. {@code DEV-MUC3-0001} for
 *                     {@code DEV-MUC3-0001 (NCCOSC)}
 * @param number       the template number as written, e.g. {@code 1}, or {@code *} for a message with no
 *                     relevant incident
 * @param optional     whether {@code (OPTIONAL)} follows the template number
 * @param slots        for each slot that has fillers, its fillers in file order; a slot written {@code -}
 *                     (empty) or {@code *} (inapplicable) has none
 * @param inapplicable the slots written {@code *}
 */
public record Muc4Template(String messageId, String number, boolean optional, Map<Muc4Slot, List<Muc4Filler>> slots,
                           Set<Muc4Slot> inapplicable) {
    public Muc4Template {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(number, "number");
        EnumMap<Muc4Slot, List<Muc4Filler>> copy = new EnumMap<>(Muc4Slot.class);
        Objects.requireNonNull(slots, "slots").forEach((slot, fillers) -> {
            if (!fillers.isEmpty()) {
                copy.put(slot, List.copyOf(fillers));
            }
        });
        slots = Collections.unmodifiableMap(copy);
        EnumSet<Muc4Slot> stars = EnumSet.noneOf(Muc4Slot.class);
        stars.addAll(Objects.requireNonNull(inapplicable, "inapplicable"));
        inapplicable = Collections.unmodifiableSet(stars);
    }

    /**
     * @param slot the slot
     * @return its fillers in file order (empty for {@code -} and {@code *})
     */
    public List<Muc4Filler> fillers(Muc4Slot slot) {
        return slots.getOrDefault(Objects.requireNonNull(slot, "slot"), List.of());
    }

    /** @return whether this is the {@code *} template of a message with no relevant incident */
    public boolean isEmpty() {
        return number.equals("*");
    }
}
