package attackevents.nlp;

/**
 * One token of an annotated document.
 *
 * @param index      position in its sentence, from 0
 * @param word       the token as written
 * @param lemma      its lemma, lower-cased
 * @param pos        Penn Treebank part-of-speech tag
 * @param ner        the named-entity tag ("O" for none)
 * @param begin      character offset in the document text
 * @param end        character offset one past its end
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    /** @return whether this is a noun (any NN* tag) */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** @return whether this is a verb (any VB* tag) */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** @return whether this is a finite verb in the past or present (VBD, VBZ, VBP): one that can have a subject */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }
}
