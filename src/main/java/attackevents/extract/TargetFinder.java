package attackevents.extract;

import attackevents.model.Target;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import attackevents.roles.RoleSpan;
import attackevents.model.Count;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what was attacked: the noun phrase after a trigger's target preposition ("attack on the Russian
 * embassy", "bombing at a concert"), the object of "target" ("targeted Mujib Rahman Ansari"), and named
 * persons who were killed, kidnapped or assassinated ("killed Sheikh Rahimullah Haqqani"), and the people a toll
 * counts when it says who they were ("two policemen ... were killed"). With a trained role
 * tagger ({@link ExtractionModels#roles()}), the spans it tags as targets join these when they overlap none of them.
 */
final class TargetFinder {
    private static final int MAX_PHRASE = 8;
    private static final int VICTIM_WINDOW = 8;
    private static final Set<String> PHRASE_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "HYPH", "POS", "VBN");
    private static final Set<String> SKIP_TAGS = Set.of("DT", "PRP$", "PDT");
    /** Entity types a target phrase stops at: times and amounts are not what was attacked. */
    private static final Set<String> NOT_TARGETS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY");

    private final ExtractionModels models;
    private final PassiveVoice passive;

    TargetFinder(ExtractionModels models) {
        this.models = models;
        this.passive = new PassiveVoice(models);
    }

    /**
     * @param ctx    the sentence
     * @param tagged the role tagger's confident spans in it ({@link RoleCues#tagged}), empty without a tagger
     * @param tolls  the tolls read from it ({@link CasualtyFinder#find})
     * @return the targets the sentence names, without repeats
     */
    List<Target> find(SentenceContext ctx, List<RoleSpan> tagged, Collection<Count> tolls) {
        List<Token> tokens = ctx.tokens();
        List<Target> out = new ArrayList<>();
        PhraseMatcher<String> preps = models.cue("target-prep");
        for (PhraseMatcher.Match<Trigger> m : ctx.triggers()) {
            int i = m.end();
            if (i < tokens.size() && preps.matchAt(tokens, i) != null && !startsCount(tokens, i)) {
                addPhrase(ctx, preps.matchAt(tokens, i).end(), out);
            }
        }
        PhraseMatcher<String> sitePreps = models.cue("site-prep");
        for (PhraseMatcher.Match<Trigger> m : ctx.triggers()) {
            int i = m.end();
            if (i < tokens.size() && sitePreps.matchAt(tokens, i) != null) {
                addSitePhrase(ctx, sitePreps.matchAt(tokens, i).end(), out);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = tokens.get(i).lemma();
            if ((lemma.equals("target") || lemma.equals("targeting")) && tokens.get(i).isVerb()) {
                addPhrase(ctx, i + 1, out);
            }
        }
        addVictims(ctx, out);
        addVictimPhrases(ctx, out);
        addTagged(ctx, tagged, out);
        addCounted(ctx, tolls, out);
        return withoutTitlesOfNamed(ctx, out);
    }

    /**
     * A description right before or after a named person ("presidential candidate Carlos Pizarro", "Pizarro,
     * the presidential candidate") describes that person, whom the keys count once, by the name.
     */
    List<Target> withoutTitlesOfNamed(SentenceContext ctx, List<Target> found) {
        List<Target> named = found.stream().filter(t -> isPersonName(ctx, t)).toList();
        if (named.isEmpty()) {
            return found;
        }
        String text = ctx.sentence().text();
        int base = ctx.sentence().begin();
        List<Target> out = new ArrayList<>();
        for (Target t : found) {
            boolean title = !named.contains(t) && t.evidence() != null && named.stream().anyMatch(n ->
                    n.evidence() != null && (onlyJoiners(text, t.evidence().end() - base, n.evidence().start() - base)
                            || onlyJoiners(text, n.evidence().end() - base, t.evidence().start() - base)));
            if (!title) {
                out.add(t);
            }
        }
        return out;
    }

    /** @return whether the target's span is all person-name tokens */
    private static boolean isPersonName(SentenceContext ctx, Target t) {
        if (t.evidence() == null) {
            return false;
        }
        List<Token> tokens = ctx.tokens();
        boolean any = false;
        for (Token k : tokens) {
            if (k.begin() >= t.evidence().start() && k.end() <= t.evidence().end()) {
                if (!k.ner().equals("PERSON")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** @return whether the text between two offsets of the sentence holds only spaces, a comma or "the" */
    private static boolean onlyJoiners(String text, int from, int to) {
        if (from < 0 || from > to || to - from > 6) {
            return false;
        }
        String between = text.substring(Math.max(0, from), Math.min(text.length(), to)).strip();
        return between.isEmpty() || between.equals(",") || between.equalsIgnoreCase(", the");
    }

    /**
     * The people a toll counts, when it says who they were ("two policemen ... were killed": the policemen) and
     * no target found already covers them. Words that say nothing of who ("people", "persons") give none, nor
     * do attackers ({@code attacker-only} cues: "three militants were killed").
     *
     * @param ctx   the sentence
     * @param tolls its tolls
     * @param out   the targets found so far, added to
     */
    private void addCounted(SentenceContext ctx, Collection<Count> tolls, List<Target> out) {
        List<Token> tokens = ctx.tokens();
        for (Count c : tolls) {
            if (c.evidence() == null) {
                continue;
            }
            int start = -1;
            int end = -1;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).begin() >= c.evidence().start() && tokens.get(k).end() <= c.evidence().end()) {
                    start = start < 0 ? k : start;
                    end = k + 1;
                }
            }
            if (start < 0) {
                continue;
            }
            // a coordinated toll ("six Jesuits and two women") counts each group: each is a target
            int partStart = start;
            for (int k = start; k <= end; k++) {
                if (k == end || tokens.get(k).pos().equals("CC") || tokens.get(k).word().equals(",")) {
                    addCountedPart(ctx, partStart, k, out);
                    partStart = k + 1;
                }
            }
        }
    }

    /** One group of a toll's people, tokens {@code start..end}, as a target when it says who they were. */
    private void addCountedPart(SentenceContext ctx, int start, int end, List<Target> out) {
        List<Token> tokens = ctx.tokens();
        while (start < end && (isCountAt(tokens, start) || SKIP_TAGS.contains(tokens.get(start).pos()))) {
            start++;
        }
        // isGeneric also refuses the attackers' own dead ("five militants were killed")
        if (start >= end || !tokens.get(end - 1).isNoun() || isGeneric(tokens.get(end - 1))
                || isUntakable(tokens.subList(start, end))) {
            return;
        }
        if (!overlapsAny(out, tokens.get(start).begin(), tokens.get(end - 1).end())) {
            add(out, new Target(ctx.text(start, end), ctx.evidence(start, end)));
        }
    }

    /**
     * The targets the role tagger alone finds in a sentence with no trigger, which the rules do not read.
     *
     * @param ctx    the sentence
     * @param tagged the role tagger's confident spans in it, empty without a tagger
     * @return the tagged targets, without repeats
     */
    List<Target> tagged(SentenceContext ctx, List<RoleSpan> tagged) {
        List<Target> out = new ArrayList<>();
        addTagged(ctx, tagged, out);
        return withoutTitlesOfNamed(ctx, out);
    }

    /** The role tagger's confident target spans that overlap no target the rules found. */
    private void addTagged(SentenceContext ctx, List<RoleSpan> tagged, List<Target> out) {
        List<Token> tokens = ctx.tokens();
        List<Target> ruled = List.copyOf(out);
        for (RoleSpan s : tagged) {
            if (!s.type().equals(RoleSpan.TARGET)) {
                continue;
            }
            int begin = tokens.get(s.start()).begin();
            int end = tokens.get(s.end() - 1).end();
            boolean overlaps = overlapsAny(ruled, begin, end);
            int[] span = trimmed(tokens, s.start(), s.end());
            if (!overlaps && span != null && !isUntakable(tokens.subList(span[0], span[1]))) {
                add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
            }
        }
    }

    /** @return whether a character span overlaps the evidence of one of the targets */
    private static boolean overlapsAny(List<Target> targets, int begin, int end) {
        return targets.stream().anyMatch(t -> t.evidence() != null && t.evidence().start() < end
                && begin < t.evidence().end());
    }

    /**
     * A tagged span as the keys name it: without the count or determiner it opens with ("several state-owned
     * banks", "4 pylons"), and a person by the name alone, without the title before it ("Senator Ernesto
     * Samper").
     *
     * @return the span {start, end}, or {@code null} when nothing is left
     */
    int[] trimmed(List<Token> tokens, int start, int end) {
        while (start < end && (SKIP_TAGS.contains(tokens.get(start).pos()) || isCountAt(tokens, start)
                || models.isCue("generic-victim", tokens.get(start)) && start + 1 < end)) {
            start++;
        }
        if (start < end && tokens.get(end - 1).ner().equals("PERSON") && !tokens.get(start).ner().equals("PERSON")) {
            int name = end;
            while (name > start && tokens.get(name - 1).ner().equals("PERSON")) {
                name--;
            }
            // a title, not "the house of" (a person's thing stays whole: "house of judge Guillermo Torre")
            boolean titleOnly = tokens.subList(start, name).stream().noneMatch(t -> t.word().equalsIgnoreCase("of")
                    || t.pos().equals("POS"));
            if (titleOnly) {
                start = name;
            }
        }
        return start < end ? new int[] {start, end} : null;
    }

    private void addPhrase(SentenceContext ctx, int from, List<Target> out) {
        int[] span = phrase(ctx, from);
        span = span == null ? null : trimmed(ctx.tokens(), span[0], span[1]);
        if (span != null && !isOnlyPlace(ctx, span[0], span[1])) {
            add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
        }
    }

    /** After "in", "near", "under": a phrase that holds no named place is where the attack struck. */
    private void addSitePhrase(SentenceContext ctx, int from, List<Target> out) {
        int[] span = phrase(ctx, from);
        if (span == null) {
            return;
        }
        for (int k = span[0]; k < span[1]; k++) {
            if (PlaceFinder.PLACE_TYPES.contains(ctx.tokens().get(k).ner()) || ctx.tokens().get(k).pos().startsWith("NNP")) {
                return;
            }
        }
        add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
    }

    /** @return the token span {start, end} of the noun phrase starting at {@code from}, or {@code null} */
    private int[] phrase(SentenceContext ctx, int from) {
        List<Token> tokens = ctx.tokens();
        int i = from;
        while (i < tokens.size() && (SKIP_TAGS.contains(tokens.get(i).pos()) || isCountAt(tokens, i))) {
            i++;
        }
        int start = i;
        while (i < tokens.size() && i - start < MAX_PHRASE && inPhrase(tokens, i, start)
                && !NOT_TARGETS.contains(tokens.get(i).ner())) {
            i++;
        }
        // a trailing possessive or hyphen is not part of the name
        while (i > start && Set.of("POS", "HYPH").contains(tokens.get(i - 1).pos())) {
            i--;
        }
        if (i == start || isGeneric(tokens.get(i - 1))) {
            return null;
        }
        return new int[] {start, i};
    }

    /** A head that names no victim ("people"), or names a weapon, a time, the act ("bombs") or an attacker. */
    private boolean isGeneric(Token head) {
        return models.namesNoVictim(head);
    }

    /**
     * A tagged span no target is: only pronouns ("him"), or headed by a weapon, a time, the act or an attacker
     * ("gunman", {@code attacker-only} cues). (A tagged "people" stays: the tagger learnt where such a phrase is
     * the victims, which the rules cannot tell.)
     */
    private boolean isUntakable(List<Token> span) {
        return span.stream().allMatch(t -> t.pos().startsWith("PRP") || t.pos().equals("DT"))
                || models.isCue("not-target", span.get(span.size() - 1))
                || models.isCue("attacker-only", span.get(span.size() - 1));
    }

    /** Numbers and the words that qualify them ("at least 25", "more than", "dozens of") open a count. */
    private boolean isCountAt(List<Token> tokens, int i) {
        return isCountWord(tokens.get(i)) && !isJoinedToAWord(tokens, i);
    }

    /**
     * "29-year-old": a number joined by a hyphen to a word that is no number is part of a modifier, not a
     * count ("fifty-five" stays a count).
     */
    private static boolean isJoinedToAWord(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).begin() != tokens.get(i).end()
                || !tokens.get(i + 1).word().startsWith("-")) {
            return false;
        }
        Token next = tokens.get(i + 1);
        boolean hyphenAlone = next.word().equals("-");
        Token word = hyphenAlone && i + 2 < tokens.size() && tokens.get(i + 2).begin() == next.end()
                ? tokens.get(i + 2) : next;
        return !word.pos().equals("CD");
    }

    /** Numbers and the words that qualify them, wherever they stand. */
    private boolean isCountWord(Token t) {
        return t.pos().equals("CD") || !t.isNoun() && models.isCue("count-word", t);
    }

    /** "at least 25", "at most": the preposition starts a count, not a target. */
    private boolean startsCount(List<Token> tokens, int i) {
        return models.cue("count-opener").matchAt(tokens, i) != null;
    }

    /** Phrase words, and "of" joining two nouns ("convoy of Russian soldiers"). */
    private static boolean inPhrase(List<Token> tokens, int i, int start) {
        Token t = tokens.get(i);
        if (SKIP_TAGS.contains(t.pos())) {
            // a determiner right after "of" ("members of the U.S. forces")
            return i > start && tokens.get(i - 1).word().equals("of");
        }
        if (t.pos().equals("VBN")) {
            // a participle only as an adjective before a noun ("armed men"), not "photo released"
            return i + 1 < tokens.size() && (tokens.get(i + 1).isNoun() || tokens.get(i + 1).pos().startsWith("JJ"));
        }
        if (PHRASE_TAGS.contains(t.pos())) {
            return true;
        }
        if (!t.word().equals("of") || i == start || !tokens.get(i - 1).isNoun() || i + 1 >= tokens.size()) {
            return false;
        }
        int next = SKIP_TAGS.contains(tokens.get(i + 1).pos()) ? i + 2 : i + 1;
        return next < tokens.size() && PHRASE_TAGS.contains(tokens.get(next).pos());
    }

    private static boolean isOnlyPlace(SentenceContext ctx, int start, int end) {
        for (EntityMention e : ctx.sentence().entities()) {
            if (PlaceFinder.PLACE_TYPES.contains(e.type()) && e.tokenStart() <= start && e.tokenEnd() >= end) {
                return true;
            }
        }
        return false;
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
            // an all-caps pronoun the name model took for a person ("HE WAS KIDNAPPED") is no one named
            boolean pronoun = e.tokenEnd() - e.tokenStart() == 1 && models.isCue("not-target", tokens.get(e.tokenStart()));
            if (victim && !pronoun) {
                add(out, new Target(e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd())));
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
            if (subjectEnd < 0 && (verb.pos().equals("VBD") || verb.pos().equals("VBG") || verb.pos().equals("VBZ"))) {
                int[] span = phrase(ctx, at[1]);
                if (span != null && !containsPerson(ctx, span) && !isOnlyPlace(ctx, span[0], span[1])) {
                    add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
                }
            } else if (subjectEnd >= 0) {
                int[] span = subjectBefore(ctx, subjectEnd);
                if (span != null && !isGeneric(tokens.get(span[1] - 1)) && !containsPerson(ctx, span)
                        && !isOnlyPlace(ctx, span[0], span[1])) {
                    add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
                }
            }
        }
    }

    /**
     * The noun phrase that ends at {@code end}; when it is the place of "X in Y" ("the command post in
     * Soyapango"), the subject is X; when it is the tail of "X of Y" ("fifty peasants of various ages"), the
     * head X is the victim, not its modifier Y.
     *
     * @return its span, or {@code null}
     */
    private int[] subjectBefore(SentenceContext ctx, int end) {
        List<Token> tokens = ctx.tokens();
        int start = nounGroupStart(tokens, end);
        if (start == end) {
            return null;
        }
        // "the command post in Soyapango was attacked": the place after a preposition says where the subject
        // stood; the subject is the phrase before it
        int prep = placeOpening(ctx, start, end);
        if (prep > 0) {
            int headStart = nounGroupStart(tokens, prep);
            if (headStart < prep && tokens.get(prep - 1).isNoun()) {
                start = headStart;
                end = prep;
            }
        }
        int of = start - 1;
        if (of > 0 && tokens.get(of).word().equalsIgnoreCase("of")) {
            int headEnd = of;
            int headStart = nounGroupStart(tokens, headEnd);
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
            int before = nounGroupStart(tokens, k - 1);
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

    /** @return the first token of the run of phrase words (no numbers, times or determiners) ending at {@code end} */
    private int nounGroupStart(List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && PHRASE_TAGS.contains(tokens.get(start - 1).pos()) && !isCountAt(tokens, start - 1)
                && !NOT_TARGETS.contains(tokens.get(start - 1).ner())) {
            start--;
        }
        return start;
    }

    /**
     * Named persons are taken whole by {@link #addVictims}: a phrase that ends in a person's name is theirs. A
     * name inside a phrase about something else stays in it ("President Cristiani's residence").
     */
    private static boolean containsPerson(SentenceContext ctx, int[] span) {
        return ctx.tokens().get(span[1] - 1).ner().equals("PERSON");
    }

    private static void add(List<Target> out, Target t) {
        String key = t.text().toLowerCase(Locale.ROOT);
        if (out.stream().noneMatch(o -> o.text().toLowerCase(Locale.ROOT).equals(key))) {
            out.add(t);
        }
    }
}
