package attackevents.model;

import java.util.List;

/**
 * One attack an article reports, with the evidence for each filled slot. Empty slots are {@code null}
 * (or an empty list for {@code targets}).
 *
 * @param type       the attack type, or {@code null} when the article does not say
 * @param suicide    whether the attacker meant to die
 * @param actor      who did it, or {@code null}
 * @param targets    who or what was attacked
 * @param place      where, or {@code null}
 * @param fatalities people killed, or {@code null}
 * @param injured    people injured, or {@code null}
 * @param date       when, or {@code null}
 * @param confidence how sure the extractor is that this is a real, reported attack, 0..1
 * @param evidence   the sentences that mention the attack (its trigger words), first mention first
 */
public record AttackEvent(
        AttackType type,
        boolean suicide,
        Actor actor,
        List<Target> targets,
        Place place,
        Count fatalities,
        Count injured,
        DateSpan date,
        double confidence,
        List<Evidence> evidence) {
    public AttackEvent {
        targets = targets == null ? List.of() : List.copyOf(targets);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    /**
     * @param others the targets the event is to have instead of its own
     * @return this event with those targets, every other slot as it is
     */
    public AttackEvent withTargets(List<Target> others) {
        return new AttackEvent(type, suicide, actor, others, place, fatalities, injured, date, confidence, evidence);
    }

    /**
     * @param other the actor the event is to have instead of its own, or {@code null}
     * @return this event with that actor, every other slot as it is
     */
    public AttackEvent withActor(Actor other) {
        return new AttackEvent(type, suicide, other, targets, place, fatalities, injured, date, confidence, evidence);
    }

    /**
     * @param other the place the event is to have instead of its own, or {@code null}
     * @return this event with that place, every other slot as it is
     */
    public AttackEvent withPlace(Place other) {
        return new AttackEvent(type, suicide, actor, targets, other, fatalities, injured, date, confidence, evidence);
    }

    /**
     * @param dead the fatalities the event is to have instead of its own, or {@code null}
     * @param hurt the injured it is to have instead of its own, or {@code null}
     * @return this event with those tolls, every other slot as it is
     */
    public AttackEvent withTolls(Count dead, Count hurt) {
        return new AttackEvent(type, suicide, actor, targets, place, dead, hurt, date, confidence, evidence);
    }
}
