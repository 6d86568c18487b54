package attackevents.eval;

import java.util.Objects;

/**
 * The verdict on one slot filler of one pair of events (or of an unpaired event), with what was compared so a
 * report can show it.
 *
 * @param slot      the slot
 * @param grade     the verdict
 * @param predicted the predicted value as shown in reports, or {@code null} when the prediction left it empty
 * @param gold      the gold value as shown in reports, or {@code null} when the gold left it empty
 * @param evidence  the sentence the predicted value was read from, or {@code null}
 */
public record SlotVerdict(Slot slot, Grade grade, String predicted, String gold, String evidence) {
    public SlotVerdict {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(grade, "grade");
    }
}
