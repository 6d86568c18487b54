package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numerals read through CoreNLP's NumberNormalizer, with the words each covers. */
class CountNumeralsTest {
    private final CountTokenizer tokenizer = new CountTokenizer();

    private Optional<CountNumerals.Numeral> read(String text) {
        return CountNumerals.at(tokenizer.words(text), 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "eight people|8|1",
        "183 people|183|1",
        "1,200 people|1200|1",
        "twenty-five people|25|1",
        "twenty five people|25|2",
        "a hundred people|100|2",
        "a thousand people|1000|2",
        "a dozen people|12|2",
        "two dozen people|24|2",
        "two thousand people|2000|2",
        "one hundred and twenty soldiers|120|4",
        "5 million people|5000000|2",
        "ZERO casualties|0|1",
        "one hundred and people|100|2",
    })
    void readsDigitsAndWords(String text, long value, int words) {
        CountNumerals.Numeral numeral = read(text).orElseThrow();
        assertEquals(value, numeral.value(), text);
        assertEquals(words, numeral.end(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"first", "third", "twentieth", "twenty-first", "4th", "half", "quarter", "10:30", "0330",
        "1.5", "10-year-old", "a", "an", "people", "dozens", "No.", "two-day"})
    void leavesOutWhatIsNoWholeCardinal(String text) {
        assertTrue(read(text).isEmpty(), text);
    }

    @Test
    void marksBareFourDigitNumbers() {
        assertTrue(read("2014").orElseThrow().bareFourDigits());
        assertFalse(read("1,500").orElseThrow().bareFourDigits());
        assertFalse(read("183").orElseThrow().bareFourDigits());
    }

    @Test
    void knowsScaleWordsAndMonths() {
        List<CountWord> words = tokenizer.words("dozen hundred million seven");
        assertEquals(List.of(true, true, true, false), words.stream().map(CountNumerals::isScaleWord).toList());
        for (String month : List.of("April", "Dec.", "SEPT", "Sept.")) {
            assertTrue(CountNumerals.isMonth(CountWord.of(month, 0, month.length())), month);
        }
        assertFalse(CountNumerals.isMonth(CountWord.of("may", 0, 3)), "lower-case may is a verb");
        assertFalse(CountNumerals.isMonth(CountWord.of("Monday", 0, 6)));
    }
}
