package attackevents.extract;

import attackevents.nlp.Token;
import java.util.List;

/**
 * Reads passive participles ("were killed", "have been kidnapped", "was reportedly shot"): where their
 * subject ends. The auxiliaries are the {@code passive-aux} and {@code perfect-aux} roles of
 * {@code event-cues.tsv}.
 */
final class PassiveVoice {
    private final ExtractionModels models;

    PassiveVoice(ExtractionModels models) {
        this.models = models;
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
}
