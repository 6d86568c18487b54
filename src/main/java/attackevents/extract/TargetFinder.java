package attackevents.extract;

import attackevents.model.Target;
import attackevents.nlp.Token;
import attackevents.roles.RoleSpan;
import attackevents.model.Count;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds what was attacked: the noun phrase after a trigger's target preposition ("attack on the Russian
 * embassy", "bombing at a concert"), the object of "target" ("targeted Mujib Rahman Ansari"), and named
 * persons who were killed, kidnapped or assassinated ("killed Sheikh Rahimullah Haqqani"), and the people a toll
 * counts when it says who they were ("two policemen ... were killed"). With a trained role
 * tagger ({@link ExtractionModels#roles()}), the spans it tags as targets join these when they overlap none of them.
 * The victims of casualty words and attack verbs are {@link VictimFinder}'s; phrases are read by
 * {@link NounPhrases}.
 */
final class TargetFinder {
    /** The most tokens of time and agent between an attack noun and the preposition of its target. */
    private static final int MAX_QUALIFIERS = 8;

    private final ExtractionModels models;
    private final NounPhrases phrases;
    private final VictimFinder victims;
    private final Conjuncts conjuncts;

    TargetFinder(ExtractionModels models) {
        this.models = models;
        this.phrases = new NounPhrases(models);
        this.victims = new VictimFinder(models, phrases);
        this.conjuncts = new Conjuncts(models, phrases);
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
            int i = afterQualifiers(ctx, m.end());
            if (i < tokens.size() && preps.matchAt(tokens, i) != null && !phrases.startsCount(tokens, i)) {
                addPhrase(ctx, preps.matchAt(tokens, i).end(), out);
            } else if (takesOfTarget(tokens, m)) {
                addPhrase(ctx, m.end() + 1, out);
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
        for (Target t : victims.find(ctx)) {
            add(out, t);
        }
        addTagged(ctx, tagged, out);
        addCounted(ctx, tolls, out);
        return withoutTitlesOfNamed(ctx, conjuncts.expand(ctx, out));
    }

    /** @return whether an attack noun is followed by "of" and what it struck ("the kidnapping of two engineers") */
    private boolean takesOfTarget(List<Token> tokens, PhraseMatcher.Match<Trigger> m) {
        Token last = tokens.get(m.end() - 1);
        if (m.end() + 1 >= tokens.size() || !tokens.get(m.end()).word().equalsIgnoreCase("of") || !last.isNoun()
                || !models.isCue("of-target", last)) {
            return false;
        }
        // a count or a name says whom one attack struck ("the massacre of six Jesuit priests"); a bare plural speaks
        // of a kind ("the murder of priests"), and "the X" most often of victims told before ("the murder of the
        // minister"; taking it too: MUC-4 dev CV 0.5764 -> 0.5752)
        String pos = tokens.get(m.end() + 1).pos();
        return pos.equals("CD") || pos.equals("PRP$") || pos.startsWith("NNP");
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
        int[] span = ctx.tokenSpan(t.evidence());
        return span != null
                && ctx.tokens().subList(span[0], span[1]).stream().allMatch(k -> k.ner().equals("PERSON"));
    }

    /** @return whether the text between two offsets of the sentence holds only spaces, a comma or an article */
    private static boolean onlyJoiners(String text, int from, int to) {
        if (from < 0 || from > to || to - from > 6) {
            return false;
        }
        String between = text.substring(Math.max(0, from), Math.min(text.length(), to)).strip();
        return between.isEmpty() || between.equals(",") || between.equalsIgnoreCase(", the")
                || between.equalsIgnoreCase(", a") || between.equalsIgnoreCase(", an");
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
            int[] span = ctx.tokenSpan(c.evidence());
            if (span == null) {
                continue;
            }
            int start = span[0];
            int end = span[1];
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
        while (start < end && phrases.isOpenerAt(tokens, start)) {
            start++;
        }
        // isGeneric also refuses the attackers' own dead ("five militants were killed")
        if (start >= end || !tokens.get(end - 1).isNoun() || phrases.isGeneric(tokens.get(end - 1))
                || phrases.isUntakable(tokens.subList(start, end))) {
            return;
        }
        if (!overlapsAny(out, tokens.get(start).begin(), tokens.get(end - 1).end())) {
            add(out, new Target(ctx.text(start, end), ctx.evidence(start, end)));
        }
    }

    /**
     * The targets of a sentence with no trigger that follows one with: the people or things that the role
     * tagger tags, that it names as the victims ("the victims were ..."), and, when it gives a toll, the victims
     * of its casualty and damage words ("a man working there was seriously wounded", "four bus workers and two
     * soldiers were killed"). Without a toll such a sentence is as often about the arrests or the trial.
     *
     * @param ctx    the sentence
     * @param tagged the role tagger's confident spans in it, empty without a tagger
     * @param tolls  the tolls read from it
     * @return the targets, without repeats
     */
    List<Target> continuation(SentenceContext ctx, List<RoleSpan> tagged, Collection<Count> tolls) {
        List<Target> out = new ArrayList<>();
        // the victims of a sentence's words include the people it names as the victims
        List<Target> victimsFound = tolls.isEmpty() ? victims.identified(ctx) : victims.find(ctx);
        victimsFound.forEach(t -> add(out, t));
        addTagged(ctx, tagged, out);
        return withoutTitlesOfNamed(ctx, conjuncts.expand(ctx, out));
    }

    /**
     * The people a sentence names as the victims ("the victims were identified as ...", "among the injured are
     * ..."), as {@link VictimFinder#identified} reads them, with the people listed with them.
     */
    List<Target> identifiedVictims(SentenceContext ctx) {
        return withoutTitlesOfNamed(ctx, conjuncts.expand(ctx, victims.identified(ctx)));
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
            int[] span = phrases.trimmed(tokens, s.start(), s.end());
            if (!overlaps && span != null && !phrases.isUntakable(tokens.subList(span[0], span[1]))) {
                add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
            }
        }
    }

    /**
     * Where the words that qualify an attack noun end: the participle that says it was carried out, when, and by
     * whom ("a bomb planted near the embassy", "the attack staged tonight by urban guerrilla commandos on the
     * government house"), so the preposition of its target is found after them.
     *
     * @return the first token after the qualifiers, {@code from} when there are none
     */
    private int afterQualifiers(SentenceContext ctx, int from) {
        List<Token> tokens = ctx.tokens();
        if (from >= tokens.size() || from == 0 || !tokens.get(from - 1).isNoun()) {
            return from;
        }
        int i = from;
        // the tagger takes "staged" after a noun for a past tense as often as for a participle
        if (tokens.get(i).pos().equals("VBN") || tokens.get(i).pos().equals("VBD")) {
            i++;
        }
        while (i < tokens.size() && i - from < MAX_QUALIFIERS && (tokens.get(i).pos().startsWith("RB")
                || tokens.get(i).ner().equals("DATE") || tokens.get(i).ner().equals("TIME"))) {
            i++;
        }
        if (i > from && i < tokens.size() && tokens.get(i).word().equalsIgnoreCase("by")) {
            int end = i + 1;
            while (end < tokens.size() && (phrases.isOpenerAt(tokens, end) || tokens.get(end).isNoun()
                    || tokens.get(end).pos().startsWith("JJ"))) {
                end++;
            }
            i = end - from <= MAX_QUALIFIERS ? end : i;
        }
        return i;
    }

    /** @return whether a character span overlaps the evidence of one of the targets */
    static boolean overlapsAny(List<Target> targets, int begin, int end) {
        return targets.stream().anyMatch(t -> t.evidence() != null && t.evidence().start() < end
                && begin < t.evidence().end());
    }

    private void addPhrase(SentenceContext ctx, int from, List<Target> out) {
        int[] span = phrases.phrase(ctx, from);
        span = span == null ? null : phrases.trimmed(ctx.tokens(), span[0], span[1]);
        if (span != null && !NounPhrases.isOnlyPlace(ctx, span[0], span[1])) {
            add(out, new Target(ctx.text(span[0], span[1]), ctx.evidence(span[0], span[1])));
        }
    }

    /** After "in", "near", "under": a phrase that holds no named place is where the attack struck. */
    private void addSitePhrase(SentenceContext ctx, int from, List<Target> out) {
        int[] span = phrases.phrase(ctx, from);
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

    private static void add(List<Target> out, Target t) {
        String key = t.text().toLowerCase(Locale.ROOT);
        if (out.stream().noneMatch(o -> o.text().toLowerCase(Locale.ROOT).equals(key))) {
            out.add(t);
        }
    }
}
