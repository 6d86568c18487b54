package attackevents.nlp;

/**
 * How the CoreNLP pipeline is set up. The defaults are what extraction needs, measured against CoreNLP's own
 * defaults in the README (one CRF model instead of three, no parser).
 *
 * @param nerModel    classpath path of the CRF model for named entities
 * @param fineGrained whether to add CoreNLP's fine-grained entity types (CITY, COUNTRY, …) from its gazetteer
 * @param truecase    whether to restore the case of all-caps texts ({@link LetterCase#isAllCaps}) before tagging,
 *                    in a second pipeline; ordinary texts are never touched
 */
public record NlpOptions(String nerModel, boolean fineGrained, boolean truecase) {
    /** The English 3-class CRF (PERSON, ORGANIZATION, LOCATION). */
    public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** CoreNLP's default NER models, applied in this order when no {@code ner.model} is given. */
    public static final String CORENLP_DEFAULT_MODELS = THREE_CLASS
            + ",edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"
            + ",edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** @return CoreNLP's own default NER set-up (three CRF models, fine-grained types), for comparison */
    public static NlpOptions coreNlpDefaults() {
        return new NlpOptions(CORENLP_DEFAULT_MODELS, true, false);
    }


    /**
     * @return the settings extraction uses by default: all-caps texts are truecased (on MUC-4 dev, overall F1
     *     0.233 with, 0.211 without; see models/relevance/README.md)
     */
    public static NlpOptions defaults() {
        return new NlpOptions(THREE_CLASS, false, true);
    }
}
