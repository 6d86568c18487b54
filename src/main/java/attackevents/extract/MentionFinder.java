package attackevents.extract;

import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.Target;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.nlp.Token;
import attackevents.roles.RoleSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the attack mention of a sentence, if any: its trigger words (minus those that speak of attacks that
 * did not happen: threats, plans, hopes), and the slots the sentence fills.
 */
final class MentionFinder {
    /** How far before a trigger an {@code irrealis} cue says the attack did not happen ("threatened to attack"). */
    static final int IRREALIS_WINDOW = 4;
    /** "the mass kidnapping", "the dynamite attack": a definite cue opens the trigger's phrase within this many words. */
    private static final int DEFINITE_WINDOW = 4;
    /** How far before an {@code accident} cue a {@code negation} denies it ("was not an accident"). */
    private static final int ACCIDENT_NEGATION_WINDOW = 2;
    /** How far before a trigger a {@code distinct} cue says it is another incident ("another powerful explosion"). */
    private static final int DISTINCT_WINDOW = 3;
    /** The Penn Treebank tag of modal verbs: "may" the modal, not "May" the month. */
    private static final String MODAL_TAG = "MD";

    /** How far after an attacker noun its casualty verb may stand ("gunmen today killed"). */
    private static final int AGENT_WINDOW = 3;
    /** How far after a bombing trigger "by"/"of" and the aircraft that dropped the bombs may stand. */
    private static final int AIR_AGENT_WINDOW = 6;
    /** The trigger an attacker's casualty verb stands as: an armed assault, not weak (the attacker supports it). */
    private static final Trigger AGENT_CASUALTY = new Trigger(AttackType.ARMED_ASSAULT, false, false, false);
    /** A described attacker destroying something ("the guerrillas have destroyed ten towers"): an attack of no told kind. */
    private static final Trigger AGENT_DAMAGE = new Trigger(null, false, false, false);

    private final ExtractionModels models;
    private final CasualtyFinder casualties;
    private final PlaceFinder places;
    private final ActorFinder actors;
    private final TargetFinder targets;
    private final DateFinder dates;
    private final PassiveVoice passive;
    /** Whether threatened and attempted attacks are incidents, as the MUC-4 task counts them. */
    private final boolean countsUnrealized;

    /**
     * @param models           the loaded data files
     * @param countsUnrealized whether a threatened or attempted attack ("threatened to kill", "tried to kidnap",
     *                         "a plot to murder him") is an incident, as the MUC-4 task counts them; otherwise the
     *                         {@code irrealis} cues and a trigger after "to" leave it out
     */
    MentionFinder(ExtractionModels models, boolean countsUnrealized) {
        this.models = models;
        this.countsUnrealized = countsUnrealized;
        this.casualties = new CasualtyFinder(models);
        this.places = new PlaceFinder(models);
        this.actors = new ActorFinder(models);
        this.targets = new TargetFinder(models);
        this.dates = new DateFinder(models);
        this.passive = new PassiveVoice(models);
    }

    /** @return the real (not irrealis, not negated) attack triggers of a sentence, supported when weak */
    List<PhraseMatcher.Match<Trigger>> triggers(List<Token> tokens) {
        return triggers(tokens, List.of(), false);
    }

    /**
     * The triggers of a sentence, where the sentence after it may support its weak ones ("Three explosions rocked
     * Medellin last night. At least five people were wounded.").
     *
     * @param tokens   the sentence's tokens
     * @param next     the next sentence's tokens (empty when there is none)
     * @param fallback whether fallback triggers count: the article has no other
     * @return its triggers, none when all are weak and neither sentence supports them; beside an accident word
     * ("the crash killed 120 passengers"), only those that name an attack
     */
    List<PhraseMatcher.Match<Trigger>> triggers(List<Token> tokens, List<Token> next, boolean fallback) {
        return triggers(tokens, next, fallback, false);
    }

    /**
     * The triggers of a sentence of an article that may already have told of an attack: there, a weak trigger
     * after a {@code distinct} cue ("another explosion", "a similar explosion") is another attack, though nothing
     * in its sentence or the next supports it ("Another explosion took place simultaneously in front of the church.
     * Three vehicles were damaged").
     *
     * @param tokens      the sentence's tokens
     * @param next        the next sentence's tokens (empty when there is none)
     * @param fallback    whether fallback triggers count: the article has no other
     * @param afterAttack whether an earlier sentence of the article has an attack trigger
     * @return its triggers, as {@link #triggers(List, List, boolean)} gives them
     */
    List<PhraseMatcher.Match<Trigger>> triggers(List<Token> tokens, List<Token> next, boolean fallback,
                                                boolean afterAttack) {
        List<PhraseMatcher.Match<Trigger>> kept = new ArrayList<>();
        for (PhraseMatcher.Match<Trigger> m : models.triggers().findAll(tokens)) {
            if ((fallback || !m.value().fallback()) && !isIrrealis(tokens, m.start())) {
                kept.add(m);
            }
        }
        if (kept.isEmpty()) {
            kept.addAll(agentActs(tokens));
        }
        if (!kept.isEmpty() && tellsOfAnAccident(tokens)) {
            // "the crash killed 120 passengers": deaths and an explosion alone say no attack beside an accident;
            // a bomb still does ("the plane crash was caused by a bomb")
            kept.removeIf(m -> m.value().weak() || m.value().fallback() || m.value() == AGENT_CASUALTY);
        }
        boolean strong = kept.stream().anyMatch(m -> !m.value().weak());
        boolean another = afterAttack
                && kept.stream().anyMatch(m -> hasCueBefore(tokens, m.start(), "distinct", DISTINCT_WINDOW));
        if (!strong && !kept.isEmpty() && !hasSupport(tokens) && !hasSupport(next) && !another) {
            return List.of();
        }
        return kept;
    }

    /**
     * Reads the mention of a sentence.
     *
     * @param ctx the sentence with its triggers (non-empty)
     * @return the mention
     */
    AttackMention mention(SentenceContext ctx) {
        List<Token> tokens = ctx.tokens();
        List<PhraseMatcher.Match<Trigger>> triggers = ctx.triggers();
        AttackType type = null;
        boolean suicide = false;
        boolean generic = true;
        // "Meanwhile, ...", "Elsewhere, ...": the sentence moves on to another incident
        boolean distinct = models.isCue("distinct-opener", tokens.get(0));
        for (PhraseMatcher.Match<Trigger> m : triggers) {
            Trigger t = m.value();
            if (t.type() != null && (type == null || models.precedes(t.type(), type))) {
                type = t.type();
            }
            suicide |= t.suicide();
            generic &= isBarePlural(tokens, m);
            distinct |= hasCueBefore(tokens, m.start(), "distinct", DISTINCT_WINDOW) || isAnotherAct(tokens, m);
        }
        if (type == AttackType.BOMBING && isAirRaid(tokens, triggers)) {
            type = AttackType.ARMED_ASSAULT;
        }
        PhraseMatcher.Match<Trigger> first = triggers.get(0);
        Evidence trigger = ctx.evidence(first.start(), first.end());
        Map<CasualtyFinder.Slot, Count> tolls = casualties.find(ctx);
        DateFinder.Found found = dates.find(ctx);
        DateSpan date = found == null ? null : found.span();
        // "attacks" speaks in general unless the sentence pins one down with a toll or a day
        boolean dayDate = date != null && date.from() != null && date.from().equals(date.to()) && namesADay(date.text());
        generic &= tolls.isEmpty() && !dayDate;
        List<RoleSpan> tagged = RoleCues.tagged(models, tokens);
        ActorFinder.Scored actor = actors.find(ctx, tagged);
        return new AttackMention(ctx.sentence().index(), trigger, type, suicide, generic, distinct, false,
                actor == null ? null : actor.actor(), actor == null ? 0 : actor.support(),
                targets.find(ctx, tagged, tolls.values()),
                places.find(ctx), tolls.get(CasualtyFinder.Slot.FATALITIES), tolls.get(CasualtyFinder.Slot.INJURED),
                date, found != null && found.ofReport(), isDefinite(tokens, first));
    }

    /**
     * "The mass kidnapping", "this attack": a trigger noun whose phrase opens with a {@code definite} cue, modifiers
     * (adjectives, nouns, participles) between.
     */
    private boolean isDefinite(List<Token> tokens, PhraseMatcher.Match<Trigger> m) {
        if (!tokens.get(m.start()).pos().startsWith("NN")) {
            return false;
        }
        for (int k = m.start() - 1; k >= 0 && k >= m.start() - DEFINITE_WINDOW; k--) {
            Token t = tokens.get(k);
            if (models.isCue("definite", t)) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Bombs from the air: an aircraft is the agent of a bombing trigger, before it but not as the subject of a
     * passive ("helicopters were bombing the neighborhood"), or after it behind "by" or "of" ("rocketed by air force
     * helicopters", "the bombings of the air force"); not its object ("blew up a private plane", "a plane has been
     * dynamited"). A state's armed force as the subject of a bombing verb bombs from the air or shells ("the army is
     * bombing civilian areas"). An air raid is an armed assault.
     */
    private boolean isAirRaid(List<Token> tokens, List<PhraseMatcher.Match<Trigger>> triggers) {
        List<PhraseMatcher.Match<String>> forces = models.cue("armed-force").findAll(tokens);
        List<PhraseMatcher.Match<String>> aircraft = models.cue("aircraft").findAll(tokens);
        for (PhraseMatcher.Match<Trigger> t : triggers) {
            if (t.value().type() != AttackType.BOMBING) {
                continue;
            }
            for (PhraseMatcher.Match<String> f : forces) {
                if (isSubjectOfVerb(tokens, f.end(), t.start())) {
                    return true;
                }
            }
            int subjectEnd = passive.subjectEnd(tokens, t.end() - 1);
            for (PhraseMatcher.Match<String> a : aircraft) {
                boolean passiveSubject = subjectEnd >= 0 && a.end() <= subjectEnd;
                if (a.end() <= t.start() && !passiveSubject) {
                    return true;
                }
                if (a.start() >= t.end() && a.start() - t.end() <= AIR_AGENT_WINDOW && tokens.subList(t.end(), a.start())
                        .stream().anyMatch(k -> k.word().equalsIgnoreCase("by") || k.word().equalsIgnoreCase("of"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many auxiliaries and adverbs may stand between an armed force and the bombing verb it is the subject of. */
    private static final int FORCE_VERB_WINDOW = 3;

    /**
     * @return whether the phrase ending at {@code end} is the subject of the active verb at {@code verb}, with only
     * auxiliaries and adverbs between ("the army is bombing", "the battalion indiscriminately bombed")
     */
    private boolean isSubjectOfVerb(List<Token> tokens, int end, int verb) {
        if (verb < end || verb - end > FORCE_VERB_WINDOW || !tokens.get(verb).isVerb()
                || passive.subjectEnd(tokens, verb) >= 0) {
            return false;
        }
        return tokens.subList(end, verb).stream().allMatch(k -> k.pos().startsWith("RB") || k.isVerb()
                || k.pos().equals("MD"));
    }

    /**
     * Reads the tolls of a sentence that has no trigger but follows one that has ("Three others were
     * wounded."), and its targets ({@link TargetFinder#continuation}: "The victims were Juan Perez and his
     * son.", "Four bus workers and two soldiers were killed."): such a sentence adds to the incident before it
     * and never starts one.
     *
     * @param ctx the sentence
     * @return the continuation, or {@code null} when the sentence gives no toll and no tagged target
     */
    AttackMention continuation(SentenceContext ctx) {
        Map<CasualtyFinder.Slot, Count> tolls = casualties.find(ctx);
        // the rules read targets around triggers; the tagger, trained on every sentence, reads them here too
        List<Target> named = targets.continuation(ctx, RoleCues.tagged(models, ctx.tokens()), tolls.values());
        if (tolls.isEmpty() && named.isEmpty()) {
            return null;
        }
        // no trigger: the evidence is the tolls', added by the merger for the tolls the event takes
        return new AttackMention(ctx.sentence().index(), null, null, false, false, false, true,
                null, 0, named, null, tolls.get(CasualtyFinder.Slot.FATALITIES),
                tolls.get(CasualtyFinder.Slot.INJURED), null);
    }

    /**
     * A sentence anywhere after an attack that names its victims ("Among the injured here are Heriberto Lopez,
     * 53; ..."): a mention that refers back to the incident told last, with those victims only; {@code null} when
     * it names none.
     */
    AttackMention namedVictims(SentenceContext ctx) {
        List<Target> named = targets.identifiedVictims(ctx);
        if (named.isEmpty()) {
            return null;
        }
        return new AttackMention(ctx.sentence().index(), null, null, false, false, false, true,
                null, 0, named, null, null, null, null, false, true);
    }

    /**
     * With no attack word, a described attacker doing the killing, wounding or destroying is the attack: "a group
     * of unidentified individuals today killed Angela de Guerrero", "gunmen wounded three", "the guerrillas have
     * destroyed at least 10 power transmission towers". The casualty verb (in the past, present or perfect,
     * within three words after the attacker noun, with an object) stands as an armed assault trigger, a
     * {@code damage-verb} as a trigger that does not say how; "four guerrillas died in the clash" has none.
     * MUC-4 dev CV with the damage verbs 0.5788 -> 0.5793, the perfect 0.5794, an object opened by a count
     * opener ("destroyed at least 10 towers") 0.5798.
     */
    private List<PhraseMatcher.Match<Trigger>> agentActs(List<Token> tokens) {
        List<PhraseMatcher.Match<Trigger>> found = new ArrayList<>();
        for (PhraseMatcher.Match<String> a : models.cue("attacker").findAll(tokens)) {
            for (int k = a.end(); k < Math.min(tokens.size(), a.end() + AGENT_WINDOW) && found.isEmpty(); k++) {
                // "gunmen killed", "the guerrillas have destroyed"
                if (!passive.isActiveVerb(tokens, k) || isIrrealis(tokens, k)) {
                    continue;
                }
                PhraseMatcher.Match<String> damage = models.cue("damage-verb").matchAt(tokens, k);
                if (models.casualties().matchAt(tokens, k) != null && hasObject(tokens, k)) {
                    found.add(new PhraseMatcher.Match<>(k, k + 1, AGENT_CASUALTY));
                } else if (damage != null && hasObject(tokens, damage.end() - 1)) {
                    found.add(new PhraseMatcher.Match<>(k, damage.end(), AGENT_DAMAGE));
                }
            }
        }
        return found;
    }

    /**
     * Whether a verb takes an object right after it ("killed Angela", "wounded three", "killed at least 12"; not
     * "guerrillas died in").
     */
    private boolean hasObject(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size()) {
            return false;
        }
        String pos = tokens.get(verb + 1).pos();
        return pos.equals("DT") || pos.equals("CD") || pos.startsWith("NN") || pos.startsWith("JJ")
                || pos.startsWith("PRP") || models.cue("count-opener").matchAt(tokens, verb + 1) != null;
    }

    private boolean isIrrealis(List<Token> tokens, int start) {
        if (countsUnrealized) {
            // threats and attempts are incidents; what a modal verb supposes ("may attack") is not
            return models.hasCueBefore("irrealis-modal", tokens, start, IRREALIS_WINDOW, MODAL_TAG);
        }
        if (start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("to") && tokens.get(start).isVerb()) {
            return true;
        }
        return hasCueBefore(tokens, start, "irrealis", IRREALIS_WINDOW)
                || models.hasCueBefore("irrealis-modal", tokens, start, IRREALIS_WINDOW, MODAL_TAG);
    }

    /**
     * "The presidential house was also attacked", "the rebels also burned a bus": a {@code distinct-act} cue right
     * before an attack verb, auxiliaries between, tells another incident. A killing is not one: "a man also died"
     * adds a death to the same attack.
     */
    private boolean isAnotherAct(List<Token> tokens, PhraseMatcher.Match<Trigger> m) {
        if (!tokens.get(m.start()).isVerb() || m.value().type() == AttackType.ASSASSINATION
                || models.casualties().matchAt(tokens, m.start()) != null) {
            return false;
        }
        int k = m.start() - 1;
        while (k > 0 && (models.isCue("passive-aux", tokens.get(k)) || models.isCue("perfect-aux", tokens.get(k)))) {
            k--;
        }
        return k >= 0 && models.isCue("distinct-act", tokens.get(k));
    }

    private boolean hasCueBefore(List<Token> tokens, int start, String role, int window) {
        return models.hasCueBefore(role, tokens, start, window, null);
    }

    /**
     * Support for weak triggers: a casualty word or an attacker noun in the sentence or the next. A target does not count
     * ("an explosion at a chemical plant"): letting it count changed nothing on the corpus and wikievents-dev
     * and lost a little on MUC-4 dev.
     */
    private boolean hasSupport(List<Token> tokens) {
        return !models.casualties().findAll(tokens).isEmpty() || !models.cue("attacker").findAll(tokens).isEmpty();
    }

    /** An {@code accident} cue not denied by a {@code negation} right before it ("the blast was no accident"). */
    private boolean tellsOfAnAccident(List<Token> tokens) {
        return models.cue("accident").findAll(tokens).stream()
                .anyMatch(a -> !hasCueBefore(tokens, a.start(), "negation", ACCIDENT_NEGATION_WINDOW));
    }

    /** A date written as a day ("on Monday", "November 2", "yesterday"), not one counted back ("a year ago"). */
    private static boolean namesADay(String text) {
        return text != null && !text.toLowerCase(Locale.ROOT).contains("ago");
    }

    /** @return whether a trigger is a plural noun with no number before it: an umbrella for several attacks */
    static boolean isUmbrella(List<Token> tokens, PhraseMatcher.Match<Trigger> m) {
        return isBarePlural(tokens, m);
    }

    /** A plural trigger noun with no number before it ("attacks", not "three attacks") speaks in general. */
    private static boolean isBarePlural(List<Token> tokens, PhraseMatcher.Match<Trigger> m) {
        Token head = tokens.get(m.end() - 1);
        if (!head.pos().equals("NNS")) {
            return false;
        }
        for (int k = Math.max(0, m.start() - 3); k < m.start(); k++) {
            if (tokens.get(k).pos().equals("CD")) {
                return false;
            }
        }
        return true;
    }
}
