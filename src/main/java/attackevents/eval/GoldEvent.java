package attackevents.eval;

import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import java.util.List;

/**
 * One hand-labelled event, as {@code shared/spec/gold-format.md} defines it.
 *
 * @param type       the attack type, or {@code null}
 * @param suicide    whether it was a suicide attack
 * @param actor      acceptable names for the one actor (empty: none named)
 * @param targets    the targets, each a list of acceptable names
 * @param place      the place, or {@code null}
 * @param fatalities the death toll as a range, or {@code null}
 * @param injured    the injured as a range, or {@code null}
 * @param date       the date range, or {@code null}
 * @param optional   whether missing it goes unpunished (background mentions)
 */
public record GoldEvent(AttackType type, boolean suicide, List<String> actor, List<List<String>> targets,
                        GoldPlace place, Count fatalities, Count injured, DateSpan date, boolean optional) {
    public GoldEvent {
        actor = actor == null ? List.of() : List.copyOf(actor);
        targets = targets == null ? List.of() : targets.stream().map(List::copyOf).toList();
    }
}
