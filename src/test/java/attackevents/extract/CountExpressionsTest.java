package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.model.Count;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Count expressions in sentences: numbers, modifiers, vague quantities, sums and exclusions. */
class CountExpressionsTest {
    private static final CountExpressions COUNTS = new CountExpressions(Path.of("models", "lexicon"));

    /** The one match in {@code text}, as "min..max" with "-" for no upper bound, then the matched words. */
    private static String only(String text) {
        List<CountMatch> found = COUNTS.find(text);
        assertEquals(1, found.size(), text + " -> " + found);
        Count c = found.get(0).count();
        return c.min() + ".." + (c.max() == null ? "-" : c.max()) + " " + c.text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The blast killed 25.|25..25 25",
        "The blast killed 183 people.|183..183 183 people",
        "It injured 1,200 people.|1200..1200 1,200 people",
        "Eight people were killed.|8..8 Eight people",
        "twenty-five civilians died|25..25 twenty-five civilians",
        "a hundred soldiers|100..100 a hundred soldiers",
        "two thousand people|2000..2000 two thousand people",
        "a thousand people fled|1000..1000 a thousand people",
        "one hundred and twenty soldiers|120..120 one hundred and twenty soldiers",
        "a dozen soldiers|12..12 a dozen soldiers",
        "two dozen people|24..24 two dozen people",
        "5 million people|5000000..5000000 5 million people",
        "THREE PEOPLE WERE KILLED|3..3 THREE PEOPLE",
        "zero casualties|0..0 zero casualties",
    })
    void readsDigitsAndNumberWords(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "at least 25 people died|25..25 at least 25 people",
        "at least some 40 people|40..40 at least some 40 people",
        "more than 183 were killed|183..184 more than 183",
        "injuring more than 260|260..261 more than 260",
        "over 200 civilians|200..201 over 200 civilians",
        "upwards of 50 people|50..51 upwards of 50 people",
        "in excess of 50 people|50..51 in excess of 50 people",
        "nearly 100 people|99..100 nearly 100 people",
        "almost 30 soldiers|29..30 almost 30 soldiers",
        "just under 40 people|39..40 just under 40 people",
        "fewer than ten people|9..10 fewer than ten people",
        "less than 20|19..20 less than 20",
        "about 100 people|100..100 about 100 people",
        "some 130 more were hurt|130..130 some 130",
        "around 20|20..20 around 20",
        "roughly 300|300..300 roughly 300",
        "approximately 45|45..45 approximately 45",
        "an estimated 2,000 people|2000..2000 an estimated 2,000 people",
        "up to 30 people|30..30 up to 30 people",
        "as many as 12|12..12 as many as 12",
        "more than two dozen fighters|24..25 more than two dozen fighters",
        "nearly 0|0..0 nearly 0",
    })
    void appliesEveryModifier(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dozens of people were injured|24..- dozens of people",
        "killing dozens|24..- dozens",
        "Scores died in the attacks.|40..- Scores",
        "hundreds of civilians|200..- hundreds of civilians",
        "thousands fled|2000..- thousands",
        "tens of thousands of people|20000..- tens of thousands of people",
        "hundreds of thousands|200000..- hundreds of thousands",
        "several soldiers|3..- several soldiers",
        "a few people|2..- a few people",
        "a couple of police officers|2..2 a couple of police officers",
        "a handful of fighters|2..- a handful of fighters",
        "many civilians|2..- many civilians",
        "numerous people|2..- numerous people",
        "a number of people|2..- a number of people",
        "more than dozens of people|24..- more than dozens of people",
        "There were no military casualties.|0..0 no military casualties",
        "No one was hurt.|0..0 No one",
    })
    void readsVagueQuantities(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Two embassy staff and six others were killed.|8..8 Two embassy staff and six others",
        "two fighters and a judge|3..3 two fighters and a judge",
        "four Ulsterbus workers and two soldiers were killed|6..6 four Ulsterbus workers and two soldiers",
        "There were eight women, a 10-year-old girl and four men injured.|13..13 eight women, a 10-year-old girl and four men",
        "three soldiers, two police officers, and a civilian|6..6 three soldiers, two police officers, and a civilian",
        "at least two soldiers and dozens of civilians|26..- at least two soldiers and dozens of civilians",
        "more than 10 soldiers and 5 civilians|15..16 more than 10 soldiers and 5 civilians",
        "the murder of the six Jesuits, a woman, and her daughter|8..8 six Jesuits, a woman, and her daughter",
        "six Jesuit priests and their two employees|8..8 six Jesuit priests and their two employees",
        "killed two guards and the driver|3..3 two guards and the driver",
        "his bodyguard and driver were also killed|2..2 his bodyguard and driver",
    })
    void addsUpCoordinatedGroupsOfPeople(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "six Jesuits (five Spaniards and one Salvadoran) and two women were killed|8..8 six Jesuits (five Spaniards and one Salvadoran) and two women",
        "six Jesuit priests -- five Spaniards and one Salvadoran -- and two women|8..8 six Jesuit priests -- five Spaniards and one Salvadoran -- and two women",
    })
    void passesOverAnAsideThatBreaksAGroupDown(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @Test
    void doesNotAddUpWhatIsNotACoordinationOfPeople() {
        List<CountMatch> found = COUNTS.find("It killed 13 people and wounded 71.");
        assertEquals(List.of(13, 71), found.stream().map(m -> m.count().min()).toList());
        found = COUNTS.find("killing three people and injuring more than 260");
        assertEquals(List.of("three people", "more than 260"), found.stream().map(m -> m.count().text()).toList());
        found = COUNTS.find("two soldiers, a police officer said");
        assertEquals(List.of(2, 1), found.stream().map(m -> m.count().min()).toList());
        found = COUNTS.find("police arrested 12 people, seven women and five men");
        assertEquals(List.of("12 people", "seven women and five men"), found.stream().map(m -> m.count().text()).toList());
        assertEquals(List.of(12, 12), found.stream().map(m -> m.count().min()).toList());
        assertEquals("6..6 three soldiers, two police officers and a civilian",
                only("three soldiers, two police officers and a civilian"), "soldiers are not a general noun");
        assertEquals(List.of(), COUNTS.find("his brother and the police said"), "a possessive alone counts no one");
        found = COUNTS.find("It killed two soldiers and the guerrillas fled.");
        assertEquals(List.of("two soldiers"), found.stream().map(m -> m.count().text()).toList(),
                "a determiner opens a part only before a count or one person");
        found = COUNTS.find("Six American NATO service members were killed with two other Americans");
        assertEquals(List.of(6, 2), found.stream().map(m -> m.count().min()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a judge was shot|1..1 a judge",
        "an American soldier died|1..1 an American soldier",
        "A suicide bomber blew himself up|1..1 A suicide bomber",
        "one soldier was hurt|1..1 one soldier",
        "one of the attackers escaped|1..1 one of the attackers",
        "a man was killed|1..1 a man",
    })
    void readsAAnOneOnlyBeforeAPerson(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A bomb exploded near the soldiers.",
        "a car bomb killed soldiers",
        "one must wonder why",
        "It happened in 2014.",
        "the attack of April 15, 2013",
        "on 11 December the market",
        "SEPT. 11 was the day",
        "at 10:30 in the morning",
        "at 9 p.m. local time",
        "80% of the victims",
        "80 percent of the town",
        "The first blast and the 4th explosion, the twentieth attack",
        "$5 million in damage",
        "Bus No. 4 exploded",
        "over two days",
        "three kilometres away",
        "a two-day siege",
        "many say so",
        "several hours later",
        "a half of the town",
        "some people fled",
    })
    void leavesOutWhatIsNotACountOfPeople(String text) {
        List<CountMatch> found = COUNTS.find(text);
        assertTrue(found.isEmpty(), text + " -> " + found);
    }

    @Test
    void aTenYearOldBoyIsOneBoyNotTen() {
        assertEquals("1..1 a 10-year-old boy", only("a 10-year-old boy was hurt"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two or three people|2..3 two or three people",
        "at least two or three people were involved|2..3 at least two or three people",
        "5 to 10 civilians|5..10 5 to 10 civilians",
        "between 10 and 15 people|10..15 between 10 and 15 people",
        "between eleven and thirteen|11..13 between eleven and thirteen",
    })
    void readsRanges(String text, String expected) {
        assertEquals(expected, only(text));
    }

    @Test
    void aDescendingPairIsNoRange() {
        assertEquals(List.of(5, 3), COUNTS.find("5 to 3 votes").stream().map(m -> m.count().min()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "at approximately 2130 [0330 GMT], rebels attacked",
        "from 1710 to 2250, the police base",
        "article 210 of the penal code",
        "losses of over 200 million pesos",
        "15,000 barrels of oil spilled",
        "7. TO DECREE THE IMMEDIATE SUSPENSION",
    })
    void leavesOutClockTimesCodesAndAmounts(String text) {
        assertTrue(COUNTS.find(text).isEmpty(), text + " -> " + COUNTS.find(text));
    }

    @Test
    void aNumberEndingASentenceStillCounts() {
        assertEquals("7..7 7", only("The toll rose to 7."));
    }

    @Test
    void aYearFollowedByPeopleIsACount() {
        assertEquals("1500..1500 1500 people", only("1500 people fled"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Officials said on Monday that at least 25 people, including children, were killed.";
        CountMatch match = COUNTS.find(text).get(0);
        assertEquals("at least 25 people", text.substring(match.start(), match.end()));
        assertEquals(text.substring(match.start(), match.end()), match.count().text());
        assertNull(match.count().evidence());
    }

    @Test
    void findsSeveralCountsLeftToRight() {
        String text = "In 1972, 496 had been killed, 258 of them civilians.";
        assertEquals(List.of(496, 258), COUNTS.find(text).stream().map(m -> m.count().min()).toList());
    }

    @Test
    void emptyTextHasNoCounts() {
        assertTrue(COUNTS.find("").isEmpty());
        assertThrows(NullPointerException.class, () -> COUNTS.find(null));
    }

    @Test
    void aMissingLexiconFolderFailsAtConstruction() {
        assertThrows(UncheckedIOException.class, () -> new CountExpressions(Path.of("no-such-lexicon")));
    }

    @Test
    void aTextEndingInACoordinationIsReadWithoutRunningOff() {
        assertEquals(1, COUNTS.find("a market that killed 20 people,").size());
        assertEquals(1, COUNTS.find("killed 20 people and").size());
    }
}
