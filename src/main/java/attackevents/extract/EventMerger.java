package attackevents.extract;

import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Merges the mentions of one incident into one event. A mention joins the earlier event it agrees with most
 * (same place, overlapping date, same actor, shared target), or the one spoken of last, unless it contradicts
 * every earlier event (another town, a date that cannot overlap, another kind of attack that names a target,
 * other targets only, told apart from the event's sentences) or says it is another incident ("another
 * attack", "was also attacked"); such an incident takes the place, date and actor it leaves out from the one told
 * before it. A mention by a definite noun phrase that names no target ("the mass kidnapping took place on ...")
 * joins the event told last when it is of the same type, even where it contradicts it. Mentions that speak of
 * attacks in general start no event.
 */
final class EventMerger {
    private static final int MAX_TARGETS = 16;
    private static final int MIN_SLOTS_OF_LATER_EVENTS = 2;

    private final ExtractionModels models;

    EventMerger(ExtractionModels models) {
        this.models = models;
    }

    /** An event being built from mentions. */
    private static final class Builder {
        AttackType type;
        boolean suicide;
        Actor actor;
        double actorSupport;
        final List<Target> targets = new ArrayList<>();
        Place place;
        Count fatalities;
        Count injured;
        DateSpan date;
        /** whether {@link #date} is that of a report of the attack ({@link AttackMention#dateOfReport()}) */
        boolean dateOfReport;
        final List<Evidence> evidence = new ArrayList<>();
        int lastSentence;
        int mentions;
        /** whether a mention of it said it was another incident ({@link AttackMention#distinct()}) */
        boolean distinct;
    }

    /**
     * Merges mentions, in sentence order, into events.
     *
     * @param mentions the mentions, continuations included
     * @return the events, in order of first mention
     */
    List<AttackEvent> merge(List<AttackMention> mentions) {
        List<Builder> events = new ArrayList<>();
        Builder last = null;
        for (AttackMention m : mentions) {
            if (m.generic()) {
                continue;
            }
            if (m.continuation()) {
                // a sentence that names the victims refers back to the incident told last wherever it stands
                if (last != null && (m.sentence() - last.lastSentence <= 1 || m.anaphoric())) {
                    add(last, m);
                }
                continue;
            }
            Builder target = m.distinct() ? null : bestMatch(events, last, m);
            if (target == null && m.anaphoric() && !m.distinct() && isAntecedent(last, m)) {
                // "the mass kidnapping took place on 30 December in ...": the incident just told, told again
                // with where and when, though these differ from what was first said of it
                target = last;
            }
            if (target == null) {
                target = new Builder();
                events.add(target);
            }
            add(target, m);
            if (m.distinct() && last != null) {
                inheritSetting(target, last);
            }
            last = target;
        }
        // MUC-4 dev CV 0.5893 -> 0.5904: six articles lose an event told twice, one loses a paired event
        joinSameVictims(events);
        List<AttackEvent> out = new ArrayList<>();
        for (Builder b : events) {
            // The first incident an article reports is most often what it is about; a later one needs two
            // facts to stand on (a trigger with only a place is most often a passing reference), one of them whom
            // or what it struck: told with only who, where and when, it is most often an attack told elsewhere
            // (MUC-4 dev CV: 17 such later events were paired with a key, 36 with none; dropping them, overall
            // F1 0.5762 -> 0.5788), unless a cue said it was another ("another explosion took place ...")
            boolean first = b == events.get(0);
            if (filled(b) < (first ? 1 : MIN_SLOTS_OF_LATER_EVENTS) || !first && !namesVictims(b) && !b.distinct) {
                continue;
            }
            out.add(new AttackEvent(b.type, b.suicide, b.actor, b.targets, b.place, b.fatalities, b.injured, b.date,
                    confidence(b), b.evidence));
        }
        return out;
    }

    /**
     * Two events of one type that name the same victim, told apart while their mentions were read (another place
     * word, a cue of another incident), are one incident told twice, unless their dates differ: the later one joins
     * the first, filling what the first leaves empty. A victim named by a generic word ("people") does not count.
     */
    private void joinSameVictims(List<Builder> events) {
        for (int i = 0; i < events.size(); i++) {
            Builder first = events.get(i);
            for (int j = i + 1; j < events.size(); j++) {
                Builder later = events.get(j);
                if (first.type == later.type && sharesVictim(first, later) && !datesDiffer(first, later)) {
                    absorb(first, later);
                    events.remove(j--);
                }
            }
        }
    }

    private boolean sharesVictim(Builder a, Builder b) {
        for (Target t : a.targets) {
            if (!isGeneric(t) && b.targets.stream().anyMatch(u -> sameVictim(t.text(), u.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same words, or names of two words or more of which one holds the other whole ("Hector Oqueli", "Hector
     * Oqueli Colindres"; not "mayor" in "former mayor"). Articles do not count ("the police" is no name held in "the
     * police station").
     */
    private static boolean sameVictim(String a, String b) {
        String x = " " + normalized(a) + " ";
        String y = " " + normalized(b) + " ";
        if (x.equals(y)) {
            return true;
        }
        boolean multiWord = x.strip().contains(" ") && y.strip().contains(" ");
        return multiWord && (x.contains(y) || y.contains(x));
    }

    /** Whether a target's head word says nothing about who it was ({@code generic-victim} cues: "people"). */
    private boolean isGeneric(Target t) {
        return models.isCueWord("generic-victim", head(t.text()));
    }

    private static boolean datesDiffer(Builder a, Builder b) {
        return a.date != null && b.date != null && !overlaps(a.date, b.date);
    }

    /** Adds a later event's targets, evidence and mentions to the first, and the facts the first lacks. */
    private static void absorb(Builder first, Builder later) {
        first.suicide |= later.suicide;
        first.distinct |= later.distinct;
        if (later.actor != null && (first.actor == null || later.actorSupport > first.actorSupport)) {
            first.actor = later.actor;
            first.actorSupport = later.actorSupport;
        }
        for (Target t : later.targets) {
            addTarget(first.targets, t);
        }
        if (first.place == null) {
            first.place = later.place;
        }
        if (first.fatalities == null) {
            first.fatalities = later.fatalities;
        }
        if (first.injured == null) {
            first.injured = later.injured;
        }
        if (first.date == null) {
            first.date = later.date;
            first.dateOfReport = later.dateOfReport;
        }
        for (Evidence e : later.evidence) {
            addEvidence(first, e);
        }
        first.lastSentence = Math.max(first.lastSentence, later.lastSentence);
        first.mentions += later.mentions;
    }

    /**
     * "They also attacked three pharmacies": another incident told as part of the one before, where and when it
     * happened, and by whom, left to the one before.
     */
    private static void inheritSetting(Builder b, Builder before) {
        if (b.place == null) {
            b.place = before.place;
        }
        if (b.date == null) {
            b.date = before.date;
            b.dateOfReport = before.dateOfReport;
        }
        if (b.actor == null) {
            b.actor = before.actor;
            b.actorSupport = before.actorSupport;
        }
    }

    /**
     * Whether an anaphoric mention that names no target ({@link AttackMention#anaphoric()}) speaks of the event told
     * last: it does when that event is of the same type. Cross-validated on MUC-4 dev: 0.5644 -> 0.5656; with
     * mentions that name targets too 0.5651 (the last event or any earlier one of the type alike); taking the
     * mention's place and date where they differ 0.5651.
     */
    private static boolean isAntecedent(Builder last, AttackMention m) {
        return last != null && m.type() != null && last.type == m.type() && m.targets().isEmpty();
    }

    private Builder bestMatch(List<Builder> events, Builder last, AttackMention m) {
        Builder best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Builder e : events) {
            if (conflicts(e, m)) {
                continue;
            }
            double agreement = agreement(e, m);
            boolean adjacent = m.sentence() - e.lastSentence <= 1;
            // a dated mention far from an undated event, with nothing else in common, is most often a
            // background incident ("the first such death since 2017, when ..."), not a new fact about it
            if (m.date() != null && e.date == null && !adjacent && agreement < 1 && isCoarse(m.date())) {
                continue;
            }
            double score = agreement + (e == last ? 0.5 : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private boolean conflicts(Builder e, AttackMention m) {
        if (isAnotherKind(e, m) || isAnotherVictim(e, m)) {
            return true;
        }
        if (e.place != null && m.place() != null && !samePlace(e.place, m.place())) {
            return true;
        }
        // the date of a report ("said on 22 March that ...") does not tell the attacks apart
        return e.date != null && m.date() != null && !overlaps(e.date, m.date()) && !e.dateOfReport
                && !m.dateOfReport();
    }

    /**
     * A mention of another kind of attack that names a target is another incident: MUC-4 and the GTD file a
     * kidnapping and a later shooting, or a bombing and an arson, as two. The one exception is an armed
     * assault after a bombing (a shooting, or a killing told with its attackers: "suicide bombers attacked the
     * camp ... They killed 23 soldiers"), which is most often the same incident told again.
     */
    private static boolean isAnotherKind(Builder e, AttackMention m) {
        if (e.type == null || m.type() == null || e.type == m.type() || m.targets().isEmpty()) {
            return false;
        }
        return !(e.type == AttackType.BOMBING && m.type() == AttackType.ARMED_ASSAULT);
    }

    /**
     * A mention that is not next to the event and names only targets the event does not have (none contains
     * another, and none has the same head word: "the large military hospital" is "the major hospital") is
     * another incident: reports that recount several attacks name each one's victims where they tell it.
     * Cross-validated on MUC-4 dev: overall F1 0.538 -> 0.541; two sentences apart instead of one: 0.537.
     */
    private static boolean isAnotherVictim(Builder e, AttackMention m) {
        if (e.targets.isEmpty() || m.targets().isEmpty() || m.sentence() - e.lastSentence <= 1) {
            return false;
        }
        for (Target t : m.targets()) {
            String x = t.text().toLowerCase(Locale.ROOT);
            for (Target u : e.targets) {
                String y = u.text().toLowerCase(Locale.ROOT);
                if (x.contains(y) || y.contains(x) || head(x).equals(head(y))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return the last word of a phrase: "hospital" of "large military hospital" */
    private static String head(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        return words[words.length - 1];
    }

    private boolean samePlace(Place a, Place b) {
        if (a.name() == null || b.name() == null) {
            return a.country() != null && a.country().equals(b.country());
        }
        String x = a.name().toLowerCase(Locale.ROOT);
        String y = b.name().toLowerCase(Locale.ROOT);
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        // a country and a town in it are not a contradiction
        boolean aCountry = models.places().country(a.name()) != null;
        boolean bCountry = models.places().country(b.name()) != null;
        return (aCountry || bCountry) && a.country() != null && a.country().equals(b.country());
    }

    /** A year or a month rather than a day: "in 2017", "last August". */
    private static boolean isCoarse(DateSpan d) {
        return d.from() == null || d.to() == null || !d.from().equals(d.to());
    }

    private static boolean overlaps(DateSpan a, DateSpan b) {
        boolean aBeforeB = a.to() != null && b.from() != null && a.to().isBefore(b.from());
        boolean bBeforeA = b.to() != null && a.from() != null && b.to().isBefore(a.from());
        return !aBeforeB && !bBeforeA;
    }

    private double agreement(Builder e, AttackMention m) {
        double s = 0;
        if (e.place != null && m.place() != null) {
            s += 2;
        }
        if (e.date != null && m.date() != null) {
            s += 2;
        }
        if (e.actor != null && m.actor() != null && e.actor.canonical().equalsIgnoreCase(m.actor().canonical())) {
            s += 1;
        }
        for (Target t : m.targets()) {
            if (e.targets.stream().anyMatch(x -> x.text().equalsIgnoreCase(t.text()))) {
                s += 1;
            }
        }
        return s;
    }

    private void add(Builder b, AttackMention m) {
        // the first typed mention gives the incident's type: later ones are most often about its aftermath or
        // context ("police seized dynamite", "the bombings of the air force"), not what it was
        if (m.type() != null && b.type == null) {
            b.type = m.type();
        }
        b.suicide |= m.suicide();
        b.distinct |= m.distinct();
        if (m.actor() != null && (b.actor == null || m.actorSupport() > b.actorSupport)) {
            b.actor = m.actor();
            b.actorSupport = m.actorSupport();
        }
        for (Target t : m.targets()) {
            addTarget(b.targets, t);
        }
        if (b.place == null || (m.place() != null && isCountryOnly(b.place) && !isCountryOnly(m.place()))) {
            b.place = m.place() != null ? m.place() : b.place;
        }
        // a later toll of "other" people adds to the one the event has; any other later toll tells it again
        boolean takesFatalities = m.fatalities() != null && (b.fatalities == null || countsOthers(m.fatalities()));
        boolean takesInjured = m.injured() != null && (b.injured == null || countsOthers(m.injured()));
        if (takesFatalities) {
            b.fatalities = b.fatalities == null ? m.fatalities() : plus(b.fatalities, m.fatalities());
        }
        if (takesInjured) {
            b.injured = b.injured == null ? m.injured() : plus(b.injured, m.injured());
        }
        // an attack's own date outranks the date of a report of it
        if (b.date == null || (m.date() != null && b.dateOfReport && !m.dateOfReport())) {
            b.date = m.date();
            b.dateOfReport = m.dateOfReport();
        }
        if (m.continuation()) {
            // a continuation is evidence through its tolls, and only through those the event reports
            addEvidence(b, takesFatalities ? m.fatalities().evidence() : null);
            addEvidence(b, takesInjured ? m.injured().evidence() : null);
        } else {
            addEvidence(b, m.trigger());
        }
        b.lastSentence = m.sentence();
        b.mentions++;
    }

    /**
     * Whether a later mention's toll counts people beyond those the event has counted: "the labor leader died
     * ... the bomb left 7 other people dead" (a {@code more-victims} cue in it), and not a list that names some
     * of the same people again ("Rivera and two other supporters", {@link CasualtyFinder#isList}).
     */
    private boolean countsOthers(Count c) {
        if (c.text() == null || CasualtyFinder.isList(c)) {
            return false;
        }
        for (String w : c.text().split("[\\s\\p{Punct}]+")) {
            if (models.isCueWord("more-victims", w)) {
                return true;
            }
        }
        return false;
    }

    /** The sum of two tolls of one event, with the first's words and evidence. */
    private static Count plus(Count a, Count b) {
        return CasualtyFinder.plus(a, b, a.text(), a.evidence());
    }

    /**
     * Adds a target unless the event has it already. A shorter name of a target the event has, which ends it
     * ("the inspector" after "a police inspector"), or which it ends, is the same target: the first name stays.
     */
    private static void addTarget(List<Target> targets, Target t) {
        String name = normalized(t.text());
        for (Target k : targets) {
            String known = normalized(k.text());
            if (known.equals(name) || known.endsWith(" " + name) || name.endsWith(" " + known)) {
                return;
            }
        }
        if (targets.size() < MAX_TARGETS) {
            targets.add(t);
        }
    }

    /** A target's text (one line already: {@link Target#text()}) in lower case, without its article. */
    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "");
    }

    private static void addEvidence(Builder b, Evidence e) {
        if (e != null && !b.evidence.contains(e)) {
            b.evidence.add(e);
        }
    }

    private boolean isCountryOnly(Place p) {
        return p.name() == null || models.places().country(p.name()) != null;
    }

    /** @return whether the event names whom or what it struck, or counts its dead or injured */
    private static boolean namesVictims(Builder b) {
        return !b.targets.isEmpty() || b.fatalities != null || b.injured != null;
    }

    /** @return how many of actor, targets, place, tolls and date are filled */
    private static int filled(Builder b) {
        return (b.actor != null ? 1 : 0) + (b.targets.isEmpty() ? 0 : 1) + (b.place != null ? 1 : 0)
                + (b.fatalities != null || b.injured != null ? 1 : 0) + (b.date != null ? 1 : 0);
    }

    private static double confidence(Builder b) {
        int filled = filled(b);
        double c = 0.35 + 0.08 * filled + 0.05 * Math.min(b.mentions, 3);
        return Math.min(0.95, c);
    }
}
