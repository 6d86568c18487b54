package attackevents.extract;

import attackevents.nlp.Token;
import java.util.List;

/**
 * Reads passive participles ("were killed", "have been kidnapped", "was reportedly shot"): where their
 * subject ends. The auxiliaries are the {@code passive-aux} and {@code perfect-aux} roles of
 * {@code event-cues.tsv}.
 */
final class PassiveVoice {
    /** How many tokens an aside set off by commas between a subject and its verb may take. */
    static final int SET_OFF_WINDOW = 25;

    private final ExtractionModels models;

    PassiveVoice(ExtractionModels models) {
        this.models = models;
    }

    /**
     * @param tokens the sentence
     * @param k      a token index
     * @return whether the token is a verb in the active voice that has a subject: a finite verb ("gunmen
     *         killed") or a participle right after a {@code perfect-aux} ("the guerrillas have destroyed")
     */
    boolean isActiveVerb(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isFiniteVerb() || t.pos().equals("VBN") && k > 0 && models.isCue("perfect-aux", tokens.get(k - 1));
    }

    /**
     * @param tokens the sentence
     * @param verb   index of a verb
     * @return for a passive participle, the end of the subject phrase before its auxiliaries; -1 when the
     *         verb is not such a passive
     */
    int subjectEnd(List<Token> tokens, int verb) {
        if (!tokens.get(verb).pos().equals("VBN")) {
            return -1;
        }
        int k = verb - 1;
        boolean passive = false;
        while (k >= 0) {
            Token t = tokens.get(k);
            boolean aux = models.isCue("passive-aux", t);
            if (!aux && !models.isCue("perfect-aux", t) && !t.pos().equals("RB")) {
                break;
            }
            passive |= aux;
            k--;
        }
        return passive ? k + 1 : -1;
    }

    /**
     * "Tomas Evangelista, a leader of APRA, was shot dead": whether a phrase ending at {@code phraseEnd} is followed
     * by a comma, then words up to a comma that closes them right where the subject of a verb ends.
     *
     * @param tokens     the sentence
     * @param phraseEnd  the end of the phrase (a name), exclusive
     * @param subjectEnd the end of the verb's subject, as {@link #subjectEnd} gives it
     */
    static boolean isSetOffSubject(List<Token> tokens, int phraseEnd, int subjectEnd) {
        return phraseEnd < subjectEnd - 1 && subjectEnd - phraseEnd <= SET_OFF_WINDOW
                && tokens.get(phraseEnd).word().equals(",") && tokens.get(subjectEnd - 1).word().equals(",");
    }

    /**
     * @param tokens     the sentence
     * @param subjectEnd the end of a verb's subject, as {@link #subjectEnd} gives it
     * @return where the aside set off by commas right before it opens (its first comma), or -1 when the subject
     *         ends in no such aside
     */
    static int asideStart(List<Token> tokens, int subjectEnd) {
        if (subjectEnd < 2 || !tokens.get(subjectEnd - 1).word().equals(",")) {
            return -1;
        }
        for (int k = subjectEnd - 2; k > 0 && subjectEnd - k <= SET_OFF_WINDOW; k--) {
            if (tokens.get(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Francisco Amico, who had been kidnapped by an ELN cell, ...", "the offices, which were damaged by a bomb":
     * where a passive's subject is a relative pronoun, the phrase it stands for ends before the pronoun and the
     * comma that may open its clause.
     *
     * @param tokens     the sentence
     * @param subjectEnd the end of a verb's subject, as {@link #subjectEnd} gives it
     * @return the end of the phrase the pronoun stands for (exclusive), or -1 when the subject is no such pronoun
     */
    static int relativeAntecedentEnd(List<Token> tokens, int subjectEnd) {
        if (subjectEnd < 2) {
            return -1;
        }
        String pos = tokens.get(subjectEnd - 1).pos();
        if (!pos.equals("WP") && !pos.equals("WDT")) {
            return -1;
        }
        return tokens.get(subjectEnd - 2).word().equals(",") ? subjectEnd - 2 : subjectEnd - 1;
    }
}
