package attackevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The CoreNLP properties each set-up turns into (no models loaded): the speed baseline must be CoreNLP's own
 * defaults, and the project's set-up must keep its deliberate choices.
 */
class CoreNlpPropertiesTest {
    private static Map<String, String> asMap(Properties props) {
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    @Test
    void coreNlpDefaultsSetEveryPropertyToCoreNlpsOwnDefault() {
        // CoreNLP's public constants where it has them; NERCombinerAnnotator reads ner.applyFineGrained and
        // ner.buildEntityMentions with a literal default of true. The whole map must match, so a property
        // added for every set-up fails here until its CoreNLP default is checked.
        Map<String, String> expected = new TreeMap<>(Map.of(
                "annotators", "tokenize,ssplit,pos,lemma,ner",
                StanfordCoreNLP.NEWLINE_IS_SENTENCE_BREAK_PROPERTY, StanfordCoreNLP.DEFAULT_NEWLINE_IS_SENTENCE_BREAK,
                "ner.model", String.join(",", DefaultPaths.DEFAULT_NER_THREECLASS_MODEL,
                        DefaultPaths.DEFAULT_NER_MUC_MODEL, DefaultPaths.DEFAULT_NER_CONLL_MODEL),
                NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_PROPERTY,
                Boolean.toString(NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_DEFAULT),
                NumberSequenceClassifier.USE_SUTIME_PROPERTY, Boolean.toString(NumberSequenceClassifier.USE_SUTIME_DEFAULT),
                "ner.applyFineGrained", "true",
                "ner.buildEntityMentions", "true"));
        assertEquals(expected, asMap(CoreNlpAnnotator.properties(NlpOptions.coreNlpDefaults(), false)));
        assertEquals("true", expected.get(NumberSequenceClassifier.USE_SUTIME_PROPERTY),
                "SUTime is on by default when it is on the class path, as it is here");
    }

    @Test
    void projectSetUpKeepsItsOwnChoices() {
        Map<String, String> props = asMap(CoreNlpAnnotator.properties(NlpOptions.defaults(), false));
        assertEquals(NlpOptions.THREE_CLASS, props.get("ner.model"));
        assertEquals("false", props.get("ner.applyNumericClassifiers"));
        assertEquals("false", props.get("ner.useSUTime"));
        assertEquals("false", props.get("ner.applyFineGrained"));
        assertEquals("two", props.get("ssplit.newlineIsSentenceBreak"));
        Map<String, String> truecased = asMap(CoreNlpAnnotator.properties(NlpOptions.defaults(), true));
        assertEquals("tokenize,ssplit,truecase,pos,lemma,ner", truecased.get("annotators"));
        assertEquals("true", truecased.get("truecase.overwriteText"));
    }
}
