package attackevents.extract;

import attackevents.nlp.EntityMention;
import attackevents.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrases targets are made of, as {@link TargetFinder} and {@link VictimFinder} take them: where a
 * phrase starts and ends ("the convoy of Russian soldiers", not the count or determiner before it, nor a date
 * after it), and which phrases name nothing that was attacked (weapons, times, the act, attackers, pronouns,
 * a bare place).
 */
final class NounPhrases {
    private static final int MAX_PHRASE = 8;
    /** Tags of the words a target phrase is made of. */
    private static final Set<String> PHRASE_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "HYPH", "POS", "VBN");
    /** Tags of the words that open a phrase but are not part of the target's name. */
    private static final Set<String> SKIP_TAGS = Set.of("DT", "PRP$", "PDT");
    /** Tags of the words a phrase does not end in: a trailing possessive or hyphen is not part of the name. */
    private static final Set<String> TRAILING_TAGS = Set.of("POS", "HYPH");
    /** Entity types a target phrase stops at: times and amounts are not what was attacked. */
    private static final Set<String> NOT_TARGETS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY");

    private final ExtractionModels models;

    NounPhrases(ExtractionModels models) {
        this.models = models;
    }

    /** @return whether the token at {@code i} opens a phrase without being part of the name: a determiner or count */
    boolean isOpenerAt(List<Token> tokens, int i) {
        return isCountAt(tokens, i) || SKIP_TAGS.contains(tokens.get(i).pos());
    }

    /**
     * A tagged span as the keys name it: without the count or determiner it opens with ("several state-owned
     * banks", "4 pylons"), and a person by the name alone, without the title before it ("Senator Ernesto
     * Samper").
     *
     * @return the span {start, end}, or {@code null} when nothing is left
     */
    int[] trimmed(List<Token> tokens, int start, int end) {
        while (start < end && (isOpenerAt(tokens, start)
                || models.isCue("generic-victim", tokens.get(start)) && start + 1 < end)) {
            start++;
        }
        while (start < end && models.isCue("time-word", tokens.get(end - 1))) {
            end--;
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

    /** @return the token span {start, end} of the noun phrase starting at {@code from}, or {@code null} */
    int[] phrase(SentenceContext ctx, int from) {
        List<Token> tokens = ctx.tokens();
        int i = from;
        while (i < tokens.size() && isOpenerAt(tokens, i)) {
            i++;
        }
        int start = i;
        while (i < tokens.size() && i - start < MAX_PHRASE && inPhrase(tokens, i, start)
                && !NOT_TARGETS.contains(tokens.get(i).ner()) && !models.isCue("time-word", tokens.get(i))) {
            i++;
        }
        while (i > start && TRAILING_TAGS.contains(tokens.get(i - 1).pos())) {
            i--;
        }
        // a phrase needs a noun for its head: "blamed the attack on the far-right" names no target
        if (i == start || isGeneric(tokens.get(i - 1)) || tokens.get(i - 1).pos().startsWith("JJ")) {
            return null;
        }
        return new int[] {start, i};
    }

    /** A head that names no victim ("people"), or names a weapon, a time, the act ("bombs") or an attacker. */
    boolean isGeneric(Token head) {
        return models.namesNoVictim(head);
    }

    /**
     * A tagged span no target is: only pronouns ("him"), or headed by a weapon, a time, the act or an attacker
     * ("gunman", {@code attacker-only} cues). (A tagged "people" stays: the tagger learnt where such a phrase is
     * the victims, which the rules cannot tell.)
     */
    boolean isUntakable(List<Token> span) {
        return span.stream().allMatch(t -> t.pos().startsWith("PRP") || t.pos().equals("DT"))
                || models.isCue("not-target", span.get(span.size() - 1))
                || models.isCue("attacker-only", span.get(span.size() - 1));
    }

    /** Numbers and the words that qualify them ("at least 25", "more than", "dozens of") open a count. */
    boolean isCountAt(List<Token> tokens, int i) {
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
    boolean startsCount(List<Token> tokens, int i) {
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
        if (PHRASE_TAGS.contains(t.pos()) || isHyphenated(tokens, i)) {
            return true;
        }
        if (!t.word().equals("of") || i == start || !tokens.get(i - 1).isNoun() || i + 1 >= tokens.size()) {
            return false;
        }
        int next = SKIP_TAGS.contains(tokens.get(i + 1).pos()) ? i + 2 : i + 1;
        return next < tokens.size() && PHRASE_TAGS.contains(tokens.get(next).pos());
    }

    static boolean isOnlyPlace(SentenceContext ctx, int start, int end) {
        for (EntityMention e : ctx.sentence().entities()) {
            if (PlaceFinder.PLACE_TYPES.contains(e.type()) && e.tokenStart() <= start && e.tokenEnd() >= end) {
                return true;
            }
        }
        return false;
    }

    /** @return the first token of the run of phrase words (no numbers, times or determiners) ending at {@code end} */
    int nounGroupStart(List<Token> tokens, int end) {
        int start = end;
        while (start > 0 && (PHRASE_TAGS.contains(tokens.get(start - 1).pos()) || isHyphenated(tokens, start - 1))
                && !isCountAt(tokens, start - 1) && !NOT_TARGETS.contains(tokens.get(start - 1).ner())) {
            start--;
        }
        return start;
    }

    /**
     * A word joined by a hyphen to the next ("well-known", "so-called"): part of the modifier though its tag (an
     * adverb) is no phrase tag, so that a phrase does not open with the hyphen ("-known banker").
     */
    private static boolean isHyphenated(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("HYPH")
                && tokens.get(i + 1).begin() == tokens.get(i).end();
    }
}
