package attackevents.extract;

import attackevents.model.Evidence;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A sentence with what the slot finders need to know about its document.
 *
 * @param sentence         the sentence, or the part of one that mentions one attack
 * @param evidenceSentence the whole sentence, quoted in evidence
 * @param published        the article's publication date, or {@code null}
 * @param articleCountries countries the article mentions, most mentioned first
 * @param triggers         token spans of the attack triggers found in the sentence
 * @param articleSurnames  the surnames of the people the article names in full ({@link PlaceFinder#surnames}),
 *                         upper case: a lone word among them is a person's name, not a place's
 */
record SentenceContext(Sentence sentence, String evidenceSentence, LocalDate published, List<String> articleCountries,
                       List<PhraseMatcher.Match<Trigger>> triggers, Set<String> articleSurnames) {

    /** A sentence of an article whose people are not looked at. */
    SentenceContext(Sentence sentence, String evidenceSentence, LocalDate published, List<String> articleCountries,
                    List<PhraseMatcher.Match<Trigger>> triggers) {
        this(sentence, evidenceSentence, published, articleCountries, triggers, Set.of());
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    /** @return evidence for a token span */
    Evidence evidence(int tokenStart, int tokenEnd) {
        List<Token> t = sentence.tokens();
        return new Evidence(evidenceSentence, t.get(tokenStart).begin(), t.get(tokenEnd - 1).end());
    }

    /** @return evidence for a character span given relative to the sentence */
    Evidence evidenceAt(int relStart, int relEnd) {
        return new Evidence(evidenceSentence, sentence.begin() + relStart, sentence.begin() + relEnd);
    }

    /** @return the text of a token span, as written */
    String text(int tokenStart, int tokenEnd) {
        List<Token> t = sentence.tokens();
        int b = t.get(tokenStart).begin() - sentence.begin();
        int e = t.get(tokenEnd - 1).end() - sentence.begin();
        return sentence.text().substring(b, e);
    }

    /** @return the index of the token holding a character offset relative to the sentence, or -1 */
    int tokenAt(int relOffset) {
        int abs = sentence.begin() + relOffset;
        List<Token> t = sentence.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (abs < t.get(i).end()) {
                return abs >= t.get(i).begin() ? i : Math.max(0, i - 1);
            }
        }
        return t.size() - 1;
    }

    /**
     * @param evidence a span of the sentence, or {@code null}
     * @return the tokens {start, end} that lie wholly inside it, or {@code null} when none does
     */
    int[] tokenSpan(Evidence evidence) {
        if (evidence == null) {
            return null;
        }
        List<Token> t = sentence.tokens();
        int start = -1;
        int end = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).begin() >= evidence.start() && t.get(k).end() <= evidence.end()) {
                start = start < 0 ? k : start;
                end = k + 1;
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }

    /** @return the token distance from a span to the nearest trigger */
    int distanceToTrigger(int start, int end) {
        int best = Integer.MAX_VALUE;
        for (PhraseMatcher.Match<Trigger> m : triggers) {
            int d = end <= m.start() ? m.start() - end : start >= m.end() ? start - m.end() : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    /** @return whether an entity is of one of the types */
    static boolean isA(EntityMention e, Set<String> types) {
        return types.contains(e.type());
    }
}
