package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words and offsets as the count finder sees them. */
class CountTokenizerTest {
    private final CountTokenizer tokenizer = new CountTokenizer();

    private List<String> words(String text) {
        return tokenizer.words(text).stream().map(CountWord::text).toList();
    }

    @Test
    void keepsHyphenatedWordsTogether() {
        assertEquals(List.of("twenty-five", "people"), words("twenty-five people"));
        assertEquals(List.of("a", "10-year-old", "girl"), words("a 10-year-old girl"));
        assertEquals(List.of("pro-regime", "fighters"), words("pro-regime fighters"));
    }

    @Test
    void keepsNumeralsTimesAndAbbreviationsWhole() {
        assertEquals(List.of("1,200", "at", "10:30", "p.m.", "No.", "4"), words("1,200 at 10:30 p.m. No. 4"));
        assertEquals(List.of("80", "%", ",", "$", "5"), words("80%, $5"));
    }

    @Test
    void aDashBetweenSpacesIsNotAHyphen() {
        assertEquals(List.of("two", "-", "three"), words("two - three"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Eight   people, (twenty-five) more";
        for (CountWord word : tokenizer.words(text)) {
            assertEquals(word.text(), text.substring(word.start(), word.end()));
        }
        assertEquals("twenty-five", tokenizer.words(text).get(4).text());
    }

    @Test
    void lowerCasesForLookUps() {
        assertEquals("three", tokenizer.words("THREE").get(0).lower());
    }
}
