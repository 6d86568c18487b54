package attackevents.extract;

import attackevents.model.Target;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the victims a sentence names around its casualty words and attack verbs: a named person marked as
 * the victim ("killed Sheikh Rahimullah Haqqani", "Haqqani was assassinated"), and the object or passive subject
 * of the verb ("killed three Afghan soldiers", "the command post in Soyapango was attacked"). One of the rules
 * of {@link TargetFinder}.
 */
final class VictimFinder {
    /** How far before a named person a victim marker is looked for. */
    private static final int VICTIM_WINDOW = 8;
    /** How far after a victim noun the verb that names them is looked for ("the victims have been identified as"). */
    private static final int IDENTIFY_WINDOW = 4;
    /** How far after a name the participle of a relative clause about it may stand ("X, who had reportedly been kidnapped"). */
    private static final int RELATIVE_WINDOW = 7;

    private final ExtractionModels models;
    private final PassiveVoice passive;
    private final NounPhrases phrases;

    VictimFinder(ExtractionModels models, NounPhrases phrases) {
        this.models = models;
        this.passive = new PassiveVoice(models);
        this.phrases = phrases;
    }

    /**
     * @param ctx the sentence
     * @return its victims, named persons first, then the phrases of the verbs, in order (repeats possible)
     */
    List<Target> find(SentenceContext ctx) {
        List<Target> out = new ArrayList<>();
        addVictims(ctx, out);
        addVictimPhrases(ctx, out);
        out.addAll(identified(ctx));
        return out;
    }

    /**
     * The people a sentence names as the victims: "the victims were identified as Jose Jimenez, Pedro Cortez and
     * Jose Ordonez", "among the injured are Heriberto Lopez, 53; Noralba Beltran, 23; ...": after a
     * {@code victim-noun} cue and, within a few words, a form of "be", "identify" or "include", or after a colon
     * close after a casualty word ("the following policemen died in combat: Major Carlos Farfan Correa, ..."),
     * every person named in full.
     *
     * @param ctx the sentence
     * @return the people, in order
     */
    List<Target> identified(SentenceContext ctx) {
        List<Token> tokens = ctx.tokens();
        List<Target> out = new ArrayList<>();
        int from = -1;
        for (PhraseMatcher.Match<String> v : models.cue("victim-noun").findAll(tokens)) {
            from = afterNamingVerb(tokens, v.end());
            if (from >= 0) {
                break;
            }
        }
        if (from < 0) {
            from = afterTollColon(tokens);
        }
        if (from < 0) {
            return out;
        }
        for (EntityMention e : ctx.sentence().entities()) {
            if (e.type().equals("PERSON") && e.tokenStart() >= from && e.tokenEnd() - e.tokenStart() >= 2) {
                out.add(new Target(e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd())));
            }
        }
        return out;
    }

    /**
     * "the following policemen died in combat: Major Carlos Farfan Correa, Captain ...", "killed three journalists:
     * Roberto Navas, ...": a colon close after a casualty word opens the list of its victims.
     *
     * @return the token after that colon, or -1
     */
    private int afterTollColon(List<Token> tokens) {
        for (PhraseMatcher.Match<String> w : models.casualties().findAll(tokens)) {
            for (int k = w.end(); k < Math.min(tokens.size(), w.end() + IDENTIFY_WINDOW); k++) {
                if (tokens.get(k).word().equals(":")) {
                    return k + 1;
                }
                if (tokens.get(k).isVerb()) {
                    break;
                }
            }
        }
        return -1;
    }

    /** @return the token after the first "be", "identify" or "include" close after {@code from}, or -1 */
    private static int afterNamingVerb(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + IDENTIFY_WINDOW); k++) {
            String lemma = tokens.get(k).lemma();
            if (lemma.equals("be") || lemma.equals("identify") || lemma.equals("include")) {
                return k + 1;
            }
        }
        return -1;
    }

    private void addVictims(SentenceContext ctx, List<Target> out) {
        List<Token> tokens = ctx.tokens();
        PhraseMatcher<String> markers = models.cue("victim-marker");
        for (EntityMention e : ctx.sentence().entities()) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            boolean victim = false;
            for (int k = Math.max(0, e.tokenStart() - VICTIM_WINDOW); k < e.tokenStart() && !victim; k++) {
                victim = markers.matchAt(tokens, k) != null && tokens.get(k).isVerb();
            }
            for (int k = e.tokenEnd(); k < Math.min(tokens.size(), e.tokenEnd() + 4) && !victim; k++) {
                Token t = tokens.get(k);
                victim = markers.matchAt(tokens, k) != null && t.pos().equals("VBN")
                        && tokens.get(k - 1).lemma().equals("be");
            }
            // the subject of a passive marker after the name: the name before an aside ("Jorge Vargas, second
            // secretary at the embassy, was shot"), or the name a relative pronoun stands for ("Francisco Amico, who
            // had been kidnapped")
            for (int k = e.tokenEnd() + 1; k < Math.min(tokens.size(), e.tokenEnd() + PassiveVoice.SET_OFF_WINDOW + 3)
                    && !victim; k++) {
                int subject = markers.matchAt(tokens, k) != null ? passive.subjectEnd(tokens, k) : -1;
                victim = subject > 0 && (PassiveVoice.isSetOffSubject(tokens, e.tokenEnd(), subject)
                        || k < e.tokenEnd() + RELATIVE_WINDOW
                        && PassiveVoice.relativeAntecedentEnd(tokens, subject) == e.tokenEnd());
            }
            // an all-caps pronoun the name model took for a person ("HE WAS KIDNAPPED") is no one named
            boolean pronoun = e.tokenEnd() - e.tokenStart() == 1 && models.isCue("not-target", tokens.get(e.tokenStart()));
            if (victim && !pronoun) {
                out.add(new Target(e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd())));
            }
        }
    }

    /**
     * "killed three Afghan soldiers" and "three Afghan soldiers were killed": the soldiers were the target. The
     * verbs are the casualty words and the attack triggers used as verbs ("kidnapped two engineers", "the
     * mayor was assassinated"); a passive may have auxiliaries and adverbs between the phrase and the verb
     * ("peasants have reportedly been kidnapped").
     */
    private void addVictimPhrases(SentenceContext ctx, List<Target> out) {
        List<Token> tokens = ctx.tokens();
        // each verb with where its object starts: right after it, or after the last word of "set fire to"
        List<int[]> verbs = new ArrayList<>();
        models.casualties().findAll(tokens).forEach(w -> verbs.add(new int[] {w.start(), w.end()}));
        models.cue("damage-verb").findAll(tokens).forEach(w -> verbs.add(new int[] {w.start(), w.end()}));
        for (PhraseMatcher.Match<Trigger> m : ctx.triggers()) {
            if (m.end() - m.start() == 1 && tokens.get(m.start()).isVerb()) {
                verbs.add(new int[] {m.start(), m.end()});
            }
        }
        for (int[] at : verbs) {
            int v = at[0];
            Token verb = tokens.get(v);
            int subjectEnd = passive.subjectEnd(tokens, v);
            // "killed three soldiers", "killing ...", "have destroyed ten towers"
            if (subjectEnd < 0 && (verb.pos().equals("VBG") || passive.isActiveVerb(tokens, v))) {
                int[] span = phrases.phrase(ctx, at[1]);
                if (span != null && !containsPerson(ctx, span) && !NounPhrases.isOnlyPlace(ctx, span[0], span[1])) {
                    out.add(new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
                }
            } else if (subjectEnd >= 0) {
                int[] span = subjectBefore(ctx, subjectEnd);
                if (span != null && !phrases.isGeneric(tokens.get(span[1] - 1)) && !containsPerson(ctx, span)
                        && !NounPhrases.isOnlyPlace(ctx, span[0], span[1])) {
                    out.add(new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
                }
            }
        }
    }

    /**
     * The noun phrase that ends at {@code end}; when it is the place of "X in Y" ("the command post in
     * Soyapango"), the subject is X; when it is the tail of "X of Y" ("fifty peasants of various ages"), the
     * head X is the victim, not its modifier Y; when it is a relative pronoun ("the offices, which were
     * damaged"), the phrase the pronoun stands for.
     *
     * @return its span, or {@code null}
     */
    private int[] subjectBefore(SentenceContext ctx, int end) {
        List<Token> tokens = ctx.tokens();
        int antecedent = PassiveVoice.relativeAntecedentEnd(tokens, end);
        if (antecedent > 0) {
            // "the death of two reporters who were shot": the clause speaks of the phrase right before it
            int start = phrases.nounGroupStart(tokens, antecedent);
            return start < antecedent && tokens.get(antecedent - 1).isNoun() ? new int[] {start, antecedent} : null;
        }
        // "Jorge Vargas, second secretary at the embassy, was shot": the subject is before the aside
        int aside = PassiveVoice.asideStart(tokens, end);
        if (aside > 0) {
            end = aside;
        }
        int start = phrases.nounGroupStart(tokens, end);
        if (start == end) {
            return null;
        }
        // "the command post in Soyapango was attacked": the place after a preposition says where the subject
        // stood; the subject is the phrase before it
        int prep = placeOpening(ctx, start, end);
        if (prep > 0) {
            int headStart = phrases.nounGroupStart(tokens, prep);
            if (headStart < prep && tokens.get(prep - 1).isNoun()) {
                start = headStart;
                end = prep;
            }
        }
        // "fifty peasants of various ages": a count word may open the group after "of"
        int of = start - 1;
        while (of > 0 && !tokens.get(of).word().equalsIgnoreCase("of") && phrases.isCountAt(tokens, of)) {
            of--;
        }
        if (of > 0 && tokens.get(of).word().equalsIgnoreCase("of")) {
            int headEnd = of;
            int headStart = phrases.nounGroupStart(tokens, headEnd);
            if (headStart < headEnd && tokens.get(headEnd - 1).isNoun()) {
                return new int[] {headStart, headEnd};
            }
        }
        return tokens.get(end - 1).isNoun() ? new int[] {start, end} : null;
    }

    /**
     * @return the index of the preposition (not "of") that opens a place phrase ending at {@code end}
     *         ("in Soyapango", "between Tierra Blanca and Jiquilisco"), or -1
     */
    private int placeOpening(SentenceContext ctx, int start, int end) {
        List<Token> tokens = ctx.tokens();
        int k = start;
        // places joined by "and" ("between Tierra Blanca and Jiquilisco")
        while (k >= 2 && tokens.get(k - 1).pos().equals("CC")) {
            int before = phrases.nounGroupStart(tokens, k - 1);
            if (before == k - 1) {
                break;
            }
            k = before;
        }
        if (k < 1 || !tokens.get(k - 1).pos().equals("IN") || tokens.get(k - 1).word().equalsIgnoreCase("of")) {
            return -1;
        }
        for (int i = k; i < end; i++) {
            Token t = tokens.get(i);
            if (!t.pos().equals("CC") && !PlaceFinder.PLACE_TYPES.contains(t.ner())) {
                return -1;
            }
        }
        return k - 1;
    }

    /**
     * Named persons are taken whole by {@link #addVictims}: a phrase that ends in a person's name is theirs. A
     * name inside a phrase about something else stays in it ("President Cristiani's residence").
     */
    private static boolean containsPerson(SentenceContext ctx, int[] span) {
        return ctx.tokens().get(span[1] - 1).ner().equals("PERSON");
    }
}
