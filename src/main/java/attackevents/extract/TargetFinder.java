package attackevents.extract;

import attackevents.model.Target;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what was attacked: the noun phrase after a trigger's target preposition ("attack on the Russian
 * embassy", "bombing at a concert"), the object of "target" ("targeted Mujib Rahman Ansari"), and named
 * persons who were killed, kidnapped or assassinated ("killed Sheikh Rahimullah Haqqani").
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

    TargetFinder(ExtractionModels models) {
        this.models = models;
    }

    /** @return the targets the sentence names, without repeats */
    List<Target> find(SentenceContext ctx) {
        List<Token> tokens = ctx.tokens();
        List<Target> out = new ArrayList<>();
        PhraseMatcher<String> preps = models.cue("target-prep");
        for (PhraseMatcher.Match<Trigger> m : ctx.triggers()) {
            int i = m.end();
            if (i < tokens.size() && preps.matchAt(tokens, i) != null && !startsCount(tokens, i)) {
                addPhrase(ctx, preps.matchAt(tokens, i).end(), out);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = tokens.get(i).lemma();
            if ((lemma.equals("target") || lemma.equals("targeting")) && tokens.get(i).isVerb()) {
                addPhrase(ctx, i + 1, out);
            }
        }
        addVictims(ctx, out);
        return out;
    }

    private void addPhrase(SentenceContext ctx, int from, List<Target> out) {
        List<Token> tokens = ctx.tokens();
        int i = from;
        while (i < tokens.size() && SKIP_TAGS.contains(tokens.get(i).pos())) {
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
        if (i > start && !isOnlyPlace(ctx, start, i)) {
            add(out, new Target(ctx.text(start, i), ctx.evidence(start, i)));
        }
    }

    /** "at least 25", "at most": the preposition starts a count, not a target. */
    private static boolean startsCount(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && Set.of("least", "most").contains(tokens.get(i + 1).lemma());
    }

    /** Phrase words, and "of" joining two nouns ("convoy of Russian soldiers"). */
    private static boolean inPhrase(List<Token> tokens, int i, int start) {
        Token t = tokens.get(i);
        if (PHRASE_TAGS.contains(t.pos())) {
            return !(t.pos().equals("VBN") && i == start);
        }
        return t.word().equals("of") && i > start && tokens.get(i - 1).isNoun()
                && i + 1 < tokens.size() && PHRASE_TAGS.contains(tokens.get(i + 1).pos());
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
            if (victim) {
                add(out, new Target(e.text(), ctx.evidence(e.tokenStart(), e.tokenEnd())));
            }
        }
    }

    private static void add(List<Target> out, Target t) {
        String key = t.text().toLowerCase(Locale.ROOT);
        if (out.stream().noneMatch(o -> o.text().toLowerCase(Locale.ROOT).equals(key))) {
            out.add(t);
        }
    }
}
