package attackevents.nlp;

/**
 * How the CoreNLP pipeline is set up. Each component is one CoreNLP property that the project sets on purpose
 * ({@link CoreNlpAnnotator#properties} maps them one to one); {@link #defaults()} is what extraction uses and
 * {@link #coreNlpDefaults()} puts every one back at CoreNLP's own default, for the speed comparison.
 *
 * @param nerModel           classpath paths of the CRF models for named entities, comma-separated
 *                           ({@code ner.model})
 * @param numericClassifiers whether CoreNLP tags numbers, money, percentages and ordinals with its rule-based
 *                           classifiers ({@code ner.applyNumericClassifiers})
 * @param suTime             whether the NER step runs SUTime on every sentence ({@code ner.useSUTime})
 * @param fineGrained        whether to add CoreNLP's fine-grained entity types (CITY, COUNTRY, …) from its
 *                           gazetteer ({@code ner.applyFineGrained})
 * @param paragraphBreaks    whether a blank line ends a sentence, as in cleaned text where it separates
 *                           paragraphs ({@code ssplit.newlineIsSentenceBreak} {@code two}; CoreNLP's default
 *                           {@code never} treats newlines as spaces)
 * @param truecase           whether to restore the case of all-caps texts ({@link LetterCase#isAllCaps}) before
 *                           tagging, in a second pipeline; ordinary texts are never touched
 */
public record NlpOptions(String nerModel, boolean numericClassifiers, boolean suTime, boolean fineGrained,
                         boolean paragraphBreaks, boolean truecase) {
    /** The English 3-class CRF (PERSON, ORGANIZATION, LOCATION). */
    public static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** CoreNLP's default NER models, applied in this order when no {@code ner.model} is given. */
    public static final String CORENLP_DEFAULT_MODELS = THREE_CLASS
            + ",edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"
            + ",edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * @return CoreNLP's own defaults for {@code tokenize,ssplit,pos,lemma,ner}, the speed baseline: three CRF
     *     models, numeric classifiers, SUTime on every sentence, fine-grained types, newlines as spaces, no
     *     truecasing
     */
    public static NlpOptions coreNlpDefaults() {
        return new NlpOptions(CORENLP_DEFAULT_MODELS, true, true, true, false, false);
    }

    /**
     * @return the settings extraction uses by default: one CRF model; no numeric classifiers (the extractor's
     *     own count rules read numbers) and no SUTime in the NER step ({@link TimeTagger} runs it on the
     *     sentences that mention an attack only); no fine-grained types; blank lines end sentences; all-caps
     *     texts are truecased (on MUC-4 dev, overall F1 0.233 with, 0.211 without; see
     *     models/relevance/README.md)
     */
    public static NlpOptions defaults() {
        return new NlpOptions(THREE_CLASS, false, false, false, true, true);
    }

    /** @return the same set-up with truecasing of all-caps texts on or off */
    public NlpOptions withTruecase(boolean on) {
        return new NlpOptions(nerModel, numericClassifiers, suTime, fineGrained, paragraphBreaks, on);
    }
}
