package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-word phrase look-up, longest first. */
class CountPhrasesTest {
    private final CountTokenizer tokenizer = new CountTokenizer();

    @Test
    void findsEveryPhraseAtAPositionLongestFirst() {
        CountPhrases<String> phrases = new CountPhrases<>();
        phrases.put(List.of("at", "least"), "short");
        phrases.put(List.of("at", "least", "some"), "long");
        List<CountWord> words = tokenizer.words("killed At least some 40");
        assertTrue(phrases.allAt(words, 0).isEmpty());
        assertEquals(List.of("long", "short"), phrases.allAt(words, 1).stream().map(CountPhrases.Hit::value).toList());
        assertEquals(3, phrases.longestAt(words, 1).orElseThrow().length());
        assertTrue(phrases.longestAt(words, 4).isEmpty());
    }

    @Test
    void rejectsEmptyAndDuplicatePhrases() {
        CountPhrases<String> phrases = new CountPhrases<>();
        phrases.put(List.of("over"), "x");
        assertThrows(IllegalArgumentException.class, () -> phrases.put(List.of("over"), "y"));
        assertThrows(IllegalArgumentException.class, () -> phrases.put(List.of(), "y"));
        assertEquals(1, phrases.size());
    }
}
