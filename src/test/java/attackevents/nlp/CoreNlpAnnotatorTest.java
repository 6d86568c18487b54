package attackevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two pipelines: ordinary text as it is, all-caps text truecased before tagging; and CoreNLP's default set-up
 * (loads CoreNLP: seconds).
 */
class CoreNlpAnnotatorTest {
    private static final String CAPS = "GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED THE "
            + "POLICE STATION IN SAN MIGUEL YESTERDAY, KILLING TWO POLICEMEN.";
    private static CoreNlpAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new CoreNlpAnnotator(NlpOptions.defaults());
    }

    @Test
    void restoresCaseOnlyOfAllCapsText() {
        assertTrue(annotator.restoresCase(CAPS));
        assertFalse(annotator.restoresCase("Guerrillas attacked the police station in San Miguel."));
        CoreNlpAnnotator off = new CoreNlpAnnotator(NlpOptions.defaults().withTruecase(false));
        assertFalse(off.restoresCase(CAPS));
    }

    @Test
    void allCapsTextGetsRestoredWordsNamesAndOriginalOffsets() {
        AnnotatedDocument doc = annotator.annotate(CAPS, null);
        List<Token> tokens = doc.sentences().get(0).tokens();
        Token miguel = tokens.stream().filter(t -> t.word().equalsIgnoreCase("miguel")).findFirst().orElseThrow();
        assertEquals("Miguel", miguel.word(), "the truecaser restores the proper noun");
        assertEquals("MIGUEL", CAPS.substring(miguel.begin(), miguel.end()), "offsets still point into the input");
        assertEquals("killing", tokens.stream().filter(t -> t.word().equalsIgnoreCase("killing")).findFirst()
                .orElseThrow().word(), "common words come back lower case");
        assertTrue(doc.sentences().get(0).entities().stream()
                        .anyMatch(e -> e.type().equals("LOCATION") && e.text().equals("SAN MIGUEL")),
                doc.sentences().get(0).entities().toString());
    }

    @Test
    void coreNlpDefaultsRunSuTimeNumericClassifiersAndFineGrainedTypes() {
        String text = "Gunmen killed 12 people and took $500 in Paris on March 3, 2021.";
        List<EntityMention> entities = new CoreNlpAnnotator(NlpOptions.coreNlpDefaults()).annotate(text, null)
                .sentences().get(0).entities();
        assertTrue(entities.stream().anyMatch(e -> e.type().equals("DATE") && "2021-03-03".equals(e.normalized())),
                "SUTime: " + entities);
        assertTrue(entities.stream().anyMatch(e -> e.type().equals("NUMBER") && e.text().equals("12")),
                "numeric classifiers: " + entities);
        assertTrue(entities.stream().anyMatch(e -> e.type().equals("MONEY")), "numeric classifiers: " + entities);
        assertTrue(entities.stream().anyMatch(e -> e.type().equals("CITY") && e.text().equals("Paris")),
                "fine-grained types: " + entities);
        List<EntityMention> ours = annotator.annotate(text, null).sentences().get(0).entities();
        assertTrue(ours.stream().allMatch(e -> e.type().equals("LOCATION")), "the project's set-up: " + ours);
    }
}
