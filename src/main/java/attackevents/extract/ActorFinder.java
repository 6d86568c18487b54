package attackevents.extract;

import attackevents.model.Actor;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import attackevents.roles.RoleSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds who carried out an attack in a sentence. Candidates are known groups (alias gazetteer) and named
 * organisations and persons; a candidate needs support from the sentence: a known group is enough on its
 * own unless it stands where a target stands ("attacks against the Taliban") or speaks against the attack ("the
 * FMLN condemned the bombing", {@code accuser} cues); other names need a cue:
 * a claim of responsibility ("X claimed responsibility", "blamed on X", "carried out by X") or an attacker
 * noun next to them ("bomber Salman Abedi", "IRA gunmen"). When the rules accept no name, a trained role
 * tagger's {@code perp} span ({@link ExtractionModels#roles()}) is the actor, else the attacker as described.
 * Names in a wire report's source header ("[COMMUNIQUE] [FMLN] [TEXT]") are the speaker's, never candidates.
 */
final class ActorFinder {
    private static final double ACCEPT = 2.5;
    /** How far (in tokens) the name may stand after a cue whose agent follows it ("blamed on the Taliban"). */
    private static final int AGENT_AFTER_WINDOW = 3;
    /** How far the name may stand before a cue whose agent precedes it ("ISKP has claimed responsibility"). */
    private static final int AGENT_BEFORE_WINDOW = 6;
    /** The weight from which a responsibility cue makes a described attacker next to it the agent ("by" is weaker). */
    private static final double BLAME_WEIGHT = 3;
    /** How far a cue whose agent precedes it may stand after a described attacker it blames ("the army responsible"). */
    private static final int BLAMED_BEFORE_WINDOW = 2;

    private final ExtractionModels models;
    private final PassiveVoice passive;

    private record Candidate(int start, int end, String text, String canonical, double base) {
    }

    ActorFinder(ExtractionModels models) {
        this.models = models;
        this.passive = new PassiveVoice(models);
    }

    /**
     * An actor and how strongly the sentence supports it.
     *
     * @param actor   the actor
     * @param support its score
     */
    record Scored(Actor actor, double support) {
    }

    /**
     * @param ctx    the sentence
     * @param tagged the role tagger's confident spans in it ({@link RoleCues#tagged}), empty without a tagger
     * @return the actor the sentence names, or {@code null}
     */
    Scored find(SentenceContext ctx, List<RoleSpan> tagged) {
        int header = headerEnd(ctx.tokens());
        List<Candidate> candidates = candidates(ctx, header);
        Candidate best = null;
        double bestScore = ACCEPT;
        for (Candidate c : candidates) {
            if (isNotActor(ctx, c.end)) {
                continue;
            }
            double s = c.base + support(ctx, c);
            if (s >= bestScore) {
                best = c;
                bestScore = s;
            }
        }
        if (best == null) {
            Scored perp = taggedPerp(ctx, tagged, header);
            return perp != null ? perp : describedAttacker(ctx);
        }
        int start = subgroupStart(ctx, best);
        if (start < best.start) {
            String text = ctx.text(start, best.end);
            String canonical = models.actors().canonical(text);
            return new Scored(new Actor(text, canonical, ctx.evidence(start, best.end)), bestScore);
        }
        return new Scored(new Actor(best.text, best.canonical, ctx.evidence(best.start, best.end)), bestScore);
    }

    /**
     * A tagged perpetrator counts for less than a name the rules accept, more than a described attacker: when
     * mentions of one event are merged, a sentence whose rules name the actor outweighs one where only the tagger
     * does. Cross-validated on MUC-4 dev: 2.0 gives actor F1 0.345, 0.5 gives 0.343.
     */
    private static final double TAGGED_SUPPORT = 2.0;

    /**
     * With no actor the rules accept, the role tagger's most probable confident {@code perp} span, before a
     * described attacker (the tagger knows "URBAN GUERRILLA COMMANDOS" and the all-caps "ELN" the rules miss); a
     * span that names one known group (alias gazetteer) gets that group's canonical name. Spans in the source header
     * (ending by {@code header}) are the speaker's.
     */
    private Scored taggedPerp(SentenceContext ctx, List<RoleSpan> tagged, int header) {
        RoleSpan best = null;
        for (RoleSpan s : tagged) {
            // a span must end in a noun: in all-caps copy the tagger may take the verb "IS" for the group
            boolean noun = ctx.tokens().get(s.end() - 1).isNoun() && !isNotActor(ctx, s.end()) && s.end() > header;
            if (s.type().equals(RoleSpan.PERP) && noun && (best == null || s.probability() > best.probability())) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        // a span may run over a line break of the wire copy
        String text = ctx.text(best.start(), best.end()).replaceAll("\\s+", " ");
        String canonical = knownGroup(text);
        return new Scored(new Actor(text, canonical, ctx.evidence(best.start(), best.end())), TAGGED_SUPPORT);
    }

    /** Whether the name ending before {@code end} is headed by a {@code not-actor} noun ("the Foreign Ministry"). */
    private boolean isNotActor(SentenceContext ctx, int end) {
        return models.isCue("not-actor", ctx.tokens().get(end - 1));
    }

    /** @return the canonical name of the one known group a name holds ("the FMLN urban commandos"), or {@code null} */
    private String knownGroup(String name) {
        List<String> groups = models.actors().find(name).stream().map(AliasGazetteer.Hit::canonical).distinct().toList();
        return groups.size() == 1 ? groups.get(0) : null;
    }

    /** A described attacker counts for less than a named one when mentions of one event are merged. */
    private static final double DESCRIPTION_SUPPORT = 1.0;

    /**
     * With no one named, the perpetrator as described, when it stands as the agent: "kidnapped by
     * terrorists", "kidnapped by a group of guerrillas", "unidentified gunmen opened fire", "armed men killed",
     * "ten terrorists hurled dynamite sticks" (an {@code agent-verb}). The description takes its count and its
     * band ("a group of"), as the MUC-4 keys name the perpetrators.
     */
    private Scored describedAttacker(SentenceContext ctx) {
        List<Token> tokens = ctx.tokens();
        List<PhraseMatcher.Match<String>> nouns = new ArrayList<>(models.cue("attacker").findAll(tokens));
        int attackerNouns = nouns.size();
        nouns.addAll(models.cue("counted-agent").findAll(tokens));
        for (int n = 0; n < nouns.size(); n++) {
            PhraseMatcher.Match<String> m = nouns.get(n);
            if (tokens.get(m.end() - 1).isVerb()) {
                // the lemma of the participle "suspected" is that of the noun "suspect"
                continue;
            }
            int start = modifiersStart(tokens, m.start());
            boolean counted = start > 0 && tokens.get(start - 1).pos().equals("CD");
            if (counted) {
                start--;
            } else if (n >= attackerNouns) {
                // "men" are attackers only when counted: "two men opened fire"
                continue;
            }
            if (start > 1 && tokens.get(start - 1).word().equalsIgnoreCase("of")
                    && models.isCue("band", tokens.get(start - 2))) {
                start = modifiersStart(tokens, start - 2);
            }
            boolean byAgent = start > 0 && tokens.get(start - 1).word().equalsIgnoreCase("by")
                    || start > 1 && tokens.get(start - 2).word().equalsIgnoreCase("by") && tokens.get(start - 1).pos().equals("DT");
            boolean subject = false;
            for (int k = m.end(); k < Math.min(tokens.size(), m.end() + 3) && !subject; k++) {
                Token t = tokens.get(k);
                // people counted before "died" are victims: only an attack verb makes them agents
                boolean attackVerb = isAttackVerb(tokens, k)
                        || models.isCue("aspect-verb", t) && k + 1 < tokens.size() && isAttackVerb(tokens, k + 1);
                // a claim whose agent follows it ("the rebels blamed the army") makes no agent of its subject
                PhraseMatcher.Match<ResponsibilityCue> claim = models.responsibility().matchAt(tokens, k);
                // "the guerrillas have destroyed ten towers": a damage verb, as a casualty verb, makes them agents
                boolean tollOrClaim = models.casualties().matchAt(tokens, k) != null
                        || models.cue("damage-verb").matchAt(tokens, k) != null
                        || claim != null && !claim.value().agentAfter();
                subject = passive.isActiveVerb(tokens, k) && (attackVerb || n < attackerNouns && tollOrClaim);
            }
            // "they hold the army responsible", "blamed the armed forces for the murder"
            boolean blamed = n < attackerNouns
                    && cueWeight(tokens, start, m.end(), BLAMED_BEFORE_WINDOW) >= BLAME_WEIGHT;
            if (byAgent || subject || blamed) {
                return new Scored(new Actor(ctx.text(start, m.end()), null, ctx.evidence(start, m.end())),
                        DESCRIPTION_SUPPORT);
            }
        }
        return null;
    }

    /** @return whether the token is an attack word or an {@code agent-verb} ("threw", "opened") */
    private boolean isAttackVerb(List<Token> tokens, int k) {
        return models.triggers().matchAt(tokens, k) != null || models.isCue("agent-verb", tokens.get(k));
    }

    /** An adjective, a participle, or a hyphened compound ("motorcycle-riding"). */
    private static boolean isModifier(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN") || t.isNoun() && t.word().indexOf('-') > 0;
    }

    /** @return where the adjectives and participles before a noun start ("unidentified armed men") */
    private static int modifiersStart(List<Token> tokens, int noun) {
        int start = noun;
        while (start > 0 && isModifier(tokens.get(start - 1))) {
            start--;
        }
        // "heavily armed men"
        while (start > 1 && start < noun && tokens.get(start - 1).pos().startsWith("RB")) {
            start--;
        }
        return start;
    }

    /**
     * "the Afghan branch of the Islamic State group": the actor is the branch, named with its group; returns
     * the first token of that longer name, or the candidate's own start.
     */
    private int subgroupStart(SentenceContext ctx, Candidate c) {
        List<Token> tokens = ctx.tokens();
        int k = c.start - 1;
        if (k >= 0 && tokens.get(k).pos().equals("DT")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).word().equalsIgnoreCase("of")) {
            return c.start;
        }
        int head = k - 1;
        if (models.cue("subgroup").matchAt(tokens, head) == null) {
            return c.start;
        }
        int start = head;
        while (start > 0 && (tokens.get(start - 1).pos().startsWith("JJ") || tokens.get(start - 1).pos().startsWith("NNP"))) {
            start--;
        }
        return start;
    }

    /** @param header where the sentence's source header ends ({@link #headerEnd}): names before it are no candidates */
    private List<Candidate> candidates(SentenceContext ctx, int header) {
        List<Candidate> out = new ArrayList<>();
        for (AliasGazetteer.Hit h : models.actors().find(ctx.sentence().text())) {
            if (!standsAsName(ctx, h)) {
                continue;
            }
            int s = ctx.tokenAt(h.start());
            int e = ctx.tokenAt(h.end() - 1) + 1;
            if (e <= header) {
                continue;
            }
            out.add(new Candidate(s, e, h.text(), h.canonical(), 2.5));
        }
        for (EntityMention m : ctx.sentence().entities()) {
            if (m.tokenEnd() <= header) {
                continue;
            }
            boolean org = m.type().equals("ORGANIZATION");
            boolean person = m.type().equals("PERSON");
            boolean named = ctx.tokens().subList(m.tokenStart(), m.tokenEnd()).stream().anyMatch(t -> t.pos().startsWith("NNP"));
            if ((org || person) && named && out.stream().noneMatch(c -> c.start < m.tokenEnd() && m.tokenStart() < c.end)) {
                String canonical = models.actors().canonical(m.text());
                out.add(new Candidate(m.tokenStart(), m.tokenEnd(), m.text(), canonical, org ? 0.5 : 0));
            }
        }
        return out;
    }

    /**
     * Where the source header of a wire report ends: past a bracketed {@code header-end} word ("CLANDESTINE, 11
     * FEB 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)] [TEXT] ...").
     * The groups named before it are who speaks, not who attacked. 0 when the sentence has no such header.
     */
    private int headerEnd(List<Token> tokens) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (isOpeningBracket(tokens.get(k - 1)) && models.isCue("header-end", tokens.get(k))
                    && isClosingBracket(tokens.get(k + 1))) {
                return k + 2;
            }
        }
        return 0;
    }

    private static boolean isOpeningBracket(Token t) {
        return t.word().equals("[") || t.word().equals("-LSB-") || t.pos().equals("-LRB-");
    }

    private static boolean isClosingBracket(Token t) {
        return t.word().equals("]") || t.word().equals("-RSB-") || t.pos().equals("-RRB-");
    }

    /**
     * Whether a known group's name found in a sentence is a name there: a short name found where case tells
     * nothing (all capitals) must be tagged a noun: "ELN" is, the verb "IS" is not.
     */
    static boolean standsAsName(SentenceContext ctx, AliasGazetteer.Hit h) {
        return !h.caseless() || ctx.tokens().get(ctx.tokenAt(h.end() - 1)).isNoun();
    }

    /**
     * The weight of the strongest responsibility cue that names a span as its agent: a cue whose agent follows it
     * ("claimed by") ending up to {@value #AGENT_AFTER_WINDOW} tokens before the span, or a cue whose agent
     * precedes it ("claimed responsibility") starting up to {@code agentBeforeWindow} tokens after it; 0 for none.
     */
    private double cueWeight(List<Token> tokens, int start, int end, int agentBeforeWindow) {
        double weight = 0;
        for (PhraseMatcher.Match<ResponsibilityCue> m : models.responsibility().findAll(tokens)) {
            ResponsibilityCue cue = m.value();
            boolean near = cue.agentAfter()
                    ? start >= m.end() && start - m.end() <= AGENT_AFTER_WINDOW
                    : end <= m.start() && m.start() - end <= agentBeforeWindow;
            if (near) {
                weight = Math.max(weight, cue.weight());
            }
        }
        return weight;
    }

    private double support(SentenceContext ctx, Candidate c) {
        List<Token> tokens = ctx.tokens();
        double s = cueWeight(tokens, c.start, c.end, AGENT_BEFORE_WINDOW);
        PhraseMatcher<String> attacker = models.cue("attacker");
        if (c.end < tokens.size() && attacker.matchAt(tokens, c.end) != null) {
            s = Math.max(s, 3);
        }
        for (int k = Math.max(0, c.start - 2); k < c.start; k++) {
            if (attacker.matchAt(tokens, k) != null) {
                s = Math.max(s, 3);
            }
        }
        if (standsAsTarget(ctx, c)) {
            s -= 5;
        }
        if (c.end < tokens.size() && models.cue("non-agent").matchAt(tokens, c.end) != null) {
            s -= 5;
        }
        if (isAccuser(tokens, c.end)) {
            s -= 5;
        }
        return s;
    }

    /**
     * "The FMLN also condemned an alleged bombing", "the contras have charged that ...": an {@code accuser} verb
     * right after the name, with only adverbs, modals and a perfect "have" between, makes the name who speaks of the
     * attack; after a passive auxiliary ("the FMLN was accused of ...") the name is the one accused.
     */
    private boolean isAccuser(List<Token> tokens, int end) {
        int k = end;
        while (k < tokens.size() && (tokens.get(k).pos().equals("RB") || tokens.get(k).pos().equals("MD")
                || models.isCue("perfect-aux", tokens.get(k)))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isVerb() && models.isCue("accuser", tokens.get(k));
    }

    /**
     * Right after "against", "targeting", a casualty verb, "attack on", or an active attack verb, a name is what was
     * attacked.
     */
    private boolean standsAsTarget(SentenceContext ctx, Candidate c) {
        List<Token> tokens = ctx.tokens();
        PhraseMatcher<String> victimMarkers = models.cue("victim-marker");
        for (int k = Math.max(0, c.start - 3); k < c.start; k++) {
            String lemma = tokens.get(k).lemma();
            if (victimMarkers.matchAt(tokens, k) != null) {
                return true;
            }
            int onAt = k;
            if (lemma.equals("on") && ctx.triggers().stream().anyMatch(m -> m.end() == onAt)) {
                return true;
            }
        }
        // the object of an active attack verb, a determiner may stand between: "guerrillas attacked National Guard
        // units"
        int v = c.start - 1;
        if (v > 0 && tokens.get(v).pos().equals("DT")) {
            v--;
        }
        int verb = v;
        return verb >= 0 && tokens.get(verb).isVerb() && passive.subjectEnd(tokens, verb) < 0
                && ctx.triggers().stream().anyMatch(m -> m.end() == verb + 1);
    }
}
