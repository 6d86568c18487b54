package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.SharedPipeline;
import attackevents.model.Place;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import attackevents.roles.RoleExamplesForTests;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In all-caps copy the name model may tag a person's lone surname as a place ("PONCE"): {@link PlaceFinder} takes
 * no place from a one-word name that is the surname of someone the article names in full.
 */
class PlaceFinderSurnameTest {
    private static PlaceFinder places;

    @BeforeAll
    static void load() {
        places = new PlaceFinder(ExtractionModels.load(SharedPipeline.MODELS));
    }

    /** @return a sentence of "word/TAG" tokens with one entity over tokens [start, end) */
    private static Sentence sentence(int index, String type, int start, int end, String... words) {
        List<Token> tokens = RoleExamplesForTests.tokens(words);
        String text = String.join(" ", tokens.stream().map(Token::word).toList());
        String name = String.join(" ", tokens.subList(start, end).stream().map(Token::word).toList());
        EntityMention e = new EntityMention(name, type, null, start, end, tokens.get(start).begin(),
                tokens.get(end - 1).end());
        return new Sentence(index, text, 0, text.length(), tokens, List.of(e));
    }

    private static final Sentence NAMED = sentence(0, "PERSON", 1, 4, "COLONEL/NNP", "RENE/NNP", "EMILIO/NNP",
            "PONCE/NNP", "SPOKE/VBD", "./.");
    private static final Sentence ATTACK = sentence(1, "LOCATION", 4, 5, "A/DT", "BOMB/NN", "EXPLODED/VBD",
            "IN/IN", "PONCE/NNP", "./.");

    @Test
    void theSurnameOfAPersonTheArticleNamesIsNoPlace() {
        Set<String> surnames = PlaceFinder.surnames(List.of(NAMED, ATTACK));
        assertEquals(Set.of("PONCE"), surnames);
        assertNull(places.find(new SentenceContext(ATTACK, ATTACK.text(), null, List.of("El Salvador"), List.of(),
                surnames)));
    }

    @Test
    void withoutThatPersonTheSameWordIsAPlace() {
        Set<String> surnames = PlaceFinder.surnames(List.of(ATTACK));
        Place p = places.find(new SentenceContext(ATTACK, ATTACK.text(), null, List.of("El Salvador"), List.of(),
                surnames));
        assertEquals("PONCE", p.name());
    }
}
