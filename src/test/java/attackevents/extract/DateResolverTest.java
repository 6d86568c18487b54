package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.model.DateSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TIMEX3 values as SUTime writes them (see DateResolverSutimeTest for where each comes from) mapped to
 * day ranges. Publication date 2022-09-06 is a Tuesday.
 */
class DateResolverTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2022-09-06");
    private final DateResolver resolver = DateResolver.load(SharedPipeline.MODELS.resolve("lexicon"));

    private String span(String value, String text, LocalDate published) {
        Optional<DateSpan> span = resolver.resolve(value, text, published);
        return span.map(s -> s.from() + ".." + s.to()).orElse("none");
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource(delimiter = '|', value = {
        // value | text | expected
        "2022-09-05|Monday|2022-09-05..2022-09-05",
        "2022-08-29|last Monday|2022-08-29..2022-08-29",
        "2022-09-05|yesterday|2022-09-05..2022-09-05",
        "2022-W35|last week|2022-08-29..2022-09-04",
        "2022-08|last month|2022-08-01..2022-08-31",
        "2021-08|last August|2021-08-01..2021-08-31",
        "2021-09-06|a year ago|2021-09-06..2021-09-06",
        "2021-11-02|November 2, 2021|2021-11-02..2021-11-02",
        "2017|2017|2017-01-01..2017-12-31",
        "2022-04|April|2022-04-01..2022-04-30",
        "2022-W36|this week|2022-09-05..2022-09-11",
        "2022-09-06TNI|Tuesday night|2022-09-06..2022-09-06",
        "2013-04-15|2013-04-15|2013-04-15..2013-04-15",
        "2022-09-06T14:00|2pm today|2022-09-06..2022-09-06",
        "199X|the 1990s|1990-01-01..1999-12-31",
        "19XX|the 20th century|1900-01-01..1999-12-31",
        "2022-Q2|the second quarter|2022-04-01..2022-06-30",
        "2022-W35-WE|last weekend|2022-09-03..2022-09-04",
        "2022-W35-3|Wednesday of last week|2022-08-31..2022-08-31",
        "2020-W53|the last week of 2020|2020-12-28..2021-01-03",
        // SUTime counts minutes and hours back from the publication day's midnight, into the day before
        "2022-09-05T23:50|a few minutes ago|2022-09-06..2022-09-06",
        "2022-09-05T22:00|two hours ago|2022-09-06..2022-09-06",
        "2022-09-05|15-20 minutes ago|2022-09-06..2022-09-06",
    })
    void mapsResolvedValues(String value, String text, String expected) {
        assertEquals(expected, span(value, text, PUBLISHED));
    }

    @Test
    void lastWeekdayInALateReportIsTheOneThisWeek() {
        // a Friday report: SUTime's "last Wednesday" is the Wednesday of the week before; the report means two
        // days ago, as the MUC-4 keys date such reports
        LocalDate friday = LocalDate.of(1989, 5, 26);
        assertEquals("1989-05-24..1989-05-24", span("1989-05-17", "last Wednesday night", friday));
        // but not yesterday, which a report would call "yesterday": on a Tuesday "last Monday" is a week back
        assertEquals("2022-08-29..2022-08-29", span("2022-08-29", "last Monday", PUBLISHED));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource(delimiter = '|', value = {
        // SUTime picks the coming day or month; news reports the past one
        "2022-09-09|Friday|2022-09-02..2022-09-02",
        "2022-09-10TMO|Saturday morning|2022-09-03..2022-09-03",
        "2022-11-02|November 2|2021-11-02..2021-11-02",
        "2022-12-11|11 December|2021-12-11..2021-12-11",
        "2022-12|December|2021-12-01..2021-12-31",
        // after publication with nothing to move back by: not an attack date
        "2022-09-09|three days later|none",
        "2022-W37|next week|none",
        // an explicit year after publication is not when a reported incident happened
        "2023-03-01|March 1, 2023|none",
        // wire copy's clock times, which SUTime reads as years: after publication, or centuries before it
        "2335|2335|none",
        "0330|0330|none",
        "1600|1600|none",
        // a century back is still a date a report may give
        "1923|1923|1923-01-01..1923-12-31",
    })
    void movesFutureDaysBackBeforePublication(String value, String text, String expected) {
        assertEquals(expected, span(value, text, PUBLISHED));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource(delimiter = '|', value = {
        // what SUTime writes when it has no document date
        "XXXX-WXX-1|Monday|2022-09-05..2022-09-05",
        "XXXX-WXX-2|Tuesday|2022-09-06..2022-09-06",
        "XXXX-WXX-5|Friday|2022-09-02..2022-09-02",
        "XXXX-WXX-2TNI|Tuesday night|2022-09-06..2022-09-06",
        "XXXX-08|August|2022-08-01..2022-08-31",
        "XXXX-09|September|2022-09-01..2022-09-30",
        "XXXX-11|November|2021-11-01..2021-11-30",
        "XXXX-11-02|November 2|2021-11-02..2021-11-02",
        "XXXX-09-06|September 6|2022-09-06..2022-09-06",
        "XXXX-02-29|February 29|2022-02-28..2022-02-28",
    })
    void placesYearlessValuesBeforePublication(String value, String text, String expected) {
        assertEquals(expected, span(value, text, PUBLISHED));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource(delimiter = '|', value = {
        "PRESENT_REF|now",
        "PAST_REF|recently",
        "FUTURE_REF|in the future",
        "P1Y|a year",
        "PT3H|three hours",
        "P3D|three days",
        "XXXX-WXX|every week",
        "2022-SU|this summer",
        "2022-02-30|February 30, 2022",
        "2021-W54|a week that does not exist",
        "T14:00|2pm",
        "nonsense|nonsense",
    })
    void leavesEmptyWhatIsNoDate(String value, String text) {
        assertEquals("none", span(value, text, PUBLISHED));
    }

    @ParameterizedTest(name = "{1} = {0}")
    @CsvSource(delimiter = '|', value = {
        "XXXX-WXX-1|on Monday|none",
        "XXXX-08|last August|none",
        "XXXX-11-02|November 2|none",
        "XXXX-WXX-2TNI|Tuesday night|none",
        "2022-09-05|Monday|none",
        "2022-W35|last week|none",
        "2021-08|last August|none",
        "199X|the 1990s|1990-01-01..1999-12-31",
        "2013-04-15|April 15, 2013|2013-04-15..2013-04-15",
        "1995|1995|1995-01-01..1995-12-31",
        "1999-08|August 1999|1999-08-01..1999-08-31",
        "0000|0000|none",
        "1210|1210|none",
    })
    void withoutAPublicationDateOnlyAbsoluteValuesResolve(String value, String text, String expected) {
        assertEquals(expected, span(value, text, null));
    }

    @Test
    void noValueIsNoDate() {
        assertTrue(resolver.resolve(null, "last week", PUBLISHED).isEmpty());
        assertTrue(resolver.resolve(" ", "last week", PUBLISHED).isEmpty());
    }

    @Test
    void keepsTheWordsAsTheSpanText() {
        DateSpan span = resolver.resolve("2022-08-29", "last Monday", PUBLISHED).orElseThrow();
        assertEquals("last Monday", span.text());
        assertEquals(null, span.evidence());
    }

    @Test
    void textIsRequired() {
        assertThrows(NullPointerException.class, () -> resolver.resolve("2017", null, PUBLISHED));
    }

    @Test
    void aCuesFileWithAnUnknownRoleOrAMissingOneIsRefused(@TempDir Path dir) throws IOException {
        Path unknown = Files.writeString(dir.resolve("a.tsv"), "minute\tshort-unit\nlast\tprevious\nago\tpast\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DateResolver(unknown)).getMessage()
                .contains("not short-unit or previous"));
        Path missing = Files.writeString(dir.resolve("b.tsv"), "minute\tshort-unit\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DateResolver(missing)).getMessage()
                .contains("needs short-unit and previous words"));
    }
}
