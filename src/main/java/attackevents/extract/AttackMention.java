package attackevents.extract;

import attackevents.model.Actor;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import java.util.List;

/**
 * One sentence's mention of an attack, with the slots read from that sentence. Mentions of one incident are
 * merged into an event by {@link EventMerger}.
 *
 * @param sentence   index of the sentence
 * @param trigger    the trigger words' evidence; {@code null} for a continuation, whose evidence is its tolls'
 * @param type       the most specific attack type its triggers give, or {@code null}
 * @param suicide    whether a trigger marks a suicide attack
 * @param generic    whether it speaks of attacks in general (a bare plural, "attacks"), not one incident
 * @param distinct   whether it says it is another incident than the one before ("another attack")
 * @param continuation whether the sentence has no trigger and only adds tolls and tagged targets to the incident just
 *                   before it (or, when {@code anaphoric}, the victims it names to the incident told last, however
 *                   far before: "the victims were identified as ...")
 * @param actor      the perpetrator named in the sentence, or {@code null}
 * @param actorSupport how strongly the sentence marks {@code actor} as the perpetrator (a claim of
 *                   responsibility counts more than a bare mention)
 * @param targets    targets named in the sentence
 * @param place      the place named in the sentence, or {@code null}
 * @param fatalities deaths counted in the sentence, or {@code null}
 * @param injured    injured counted in the sentence, or {@code null}
 * @param date       the date given in the sentence, or {@code null}
 * @param dateOfReport whether {@code date} follows a verb of saying ("said on 22 March that ..."), and so may be
 *                   when the attack was reported rather than when it happened
 * @param anaphoric  whether it speaks of an incident already told: its trigger is a definite noun phrase ("the mass
 *                   kidnapping took place on 30 December in ..."), or, for a continuation, it names the victims
 */
public record AttackMention(int sentence, Evidence trigger, AttackType type, boolean suicide, boolean generic,
                            boolean distinct, boolean continuation, Actor actor, double actorSupport, List<Target> targets, Place place, Count fatalities,
                            Count injured, DateSpan date, boolean dateOfReport, boolean anaphoric) {
    public AttackMention {
        targets = List.copyOf(targets);
    }

    /** A mention whose trigger is no definite noun phrase. */
    public AttackMention(int sentence, Evidence trigger, AttackType type, boolean suicide, boolean generic,
                         boolean distinct, boolean continuation, Actor actor, double actorSupport, List<Target> targets,
                         Place place, Count fatalities, Count injured, DateSpan date, boolean dateOfReport) {
        this(sentence, trigger, type, suicide, generic, distinct, continuation, actor, actorSupport, targets, place,
                fatalities, injured, date, dateOfReport, false);
    }

    /** A mention whose date, if any, is the attack's own. */
    public AttackMention(int sentence, Evidence trigger, AttackType type, boolean suicide, boolean generic,
                         boolean distinct, boolean continuation, Actor actor, double actorSupport, List<Target> targets,
                         Place place, Count fatalities, Count injured, DateSpan date) {
        this(sentence, trigger, type, suicide, generic, distinct, continuation, actor, actorSupport, targets, place,
                fatalities, injured, date, false);
    }

    /**
     * @param other the actor of the sentence's umbrella mention ("attacks claimed by X, including one ...")
     * @param support its support
     * @return this mention with that actor
     */
    AttackMention withActor(Actor other, double support) {
        return new AttackMention(sentence, trigger, type, suicide, generic, distinct, continuation, other, support,
                targets, place, fatalities, injured, date, dateOfReport, anaphoric);
    }

    /**
     * @param umbrella the sentence's umbrella mention
     * @return this mention with the umbrella's date when it has none ("attacks last month, including one …")
     */
    AttackMention withDateOf(AttackMention umbrella) {
        if (date != null || umbrella.date() == null) {
            return this;
        }
        return new AttackMention(sentence, trigger, type, suicide, generic, distinct, continuation, actor,
                actorSupport, targets, place, fatalities, injured, umbrella.date(), umbrella.dateOfReport(), anaphoric);
    }

    /** @return how many of the identifying slots (actor, targets, place, counts, date) it fills */
    public int filledSlots() {
        return (actor != null ? 1 : 0) + (targets.isEmpty() ? 0 : 1) + (place != null ? 1 : 0)
                + (fatalities != null ? 1 : 0) + (injured != null ? 1 : 0) + (date != null ? 1 : 0);
    }
}
