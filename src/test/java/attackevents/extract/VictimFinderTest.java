package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.SharedPipeline;
import attackevents.model.Target;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link VictimFinder} on tagged sentences, with the project's lexicon (casualty words, passive auxiliaries). */
class VictimFinderTest {
    private static VictimFinder victims;

    @BeforeAll
    static void load() {
        ExtractionModels models = ExtractionModels.load(SharedPipeline.MODELS);
        victims = new VictimFinder(models, new NounPhrases(models));
    }

    private static List<String> victimsOf(String... words) {
        return victims.find(TaggedSentences.context(words)).stream().map(Target::text).toList();
    }

    @Test
    void theObjectOfAnActiveCasualtyVerbWithoutItsCount() {
        assertEquals(List.of("peasants"), victimsOf("Guerrillas/NNS", "killed/VBD/kill", "three/CD", "peasants/NNS",
                "./."));
    }

    @Test
    void theSubjectOfAPassiveOneWithAuxiliariesAndAdverbsBetween() {
        assertEquals(List.of("bus drivers"), victimsOf("Two/CD", "bus/NN", "drivers/NNS", "have/VBP/have",
                "reportedly/RB", "been/VBN/be", "wounded/VBN/wound", "./."));
    }

    @Test
    void aWordThatNamesNoVictimIsNone() {
        assertEquals(List.of(), victimsOf("The/DT", "bomb/NN", "killed/VBD/kill", "three/CD", "people/NNS", "./."),
                "'people' says nothing of who they were");
    }

    @Test
    void thePhraseARelativePronounStandsForIsTheSubject() {
        assertEquals(List.of("offices"), victimsOf("Garcia/NNP", "visited/VBD/visit", "the/DT", "offices/NNS", ",/,",
                "which/WDT", "were/VBD/be", "damaged/VBN/damage", "by/IN", "a/DT", "bomb/NN", "./."));
        assertEquals(List.of("reporters"), victimsOf("the/DT", "death/NN", "of/IN", "two/CD", "reporters/NNS",
                "who/WP", "were/VBD/be", "killed/VBN/kill", "by/IN", "soldiers/NNS", "./."),
                "the clause speaks of the phrase right before it, not of the head before 'of'");
    }
}
