package attackevents.extract;

import attackevents.data.DataFile;
import attackevents.model.DateSpan;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TIMEX3 value CoreNLP's SUTime gives a date expression into a {@link DateSpan}, relative to the
 * article's publication date. SUTime runs inside the NLP pipeline (with the publication date as its
 * document date); this class only reads its values:
 * <ul>
 *   <li>{@code 2022-09-05} (also with a time, {@code 2022-09-06TNI}) is that day; {@code 2021-08} the month;
 *       {@code 2017} the year; {@code 199X} the decade; {@code 19XX} the century; {@code 2022-Q1} the quarter;
 *       {@code 2022-W36} Monday..Sunday of that ISO week, {@code 2022-W36-WE} its weekend;</li>
 *   <li>{@code XXXX-08}, {@code XXXX-11-02}, {@code XXXX-WXX-1} (SUTime without a document date) are the
 *       most recent such month or day not after publication;</li>
 *   <li>a day or month after publication, from words with no year in them, is moved back a week (a weekday:
 *       "on Friday") or a year (a month: "on November 2"), because SUTime picks the coming one and news
 *       reports what has happened; anything else after publication ("three days later") is left empty;</li>
 *   <li>{@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}, durations ({@code P1Y}), sets and values
 *       this class does not know are empty, and so is every relative value when there is no publication date
 *       (a yearless value, or a day, week or month read from words that name no year);</li>
 *   <li>an expression counted in minutes or hours ("a few minutes ago") is the publication day;</li>
 *   <li>with a publication date, a span after it or more than a century before it is empty: a news report
 *       does not date an incident there, and wire copy's clock times ("at 2335") read as such years.</li>
 * </ul>
 * Example: {@code resolve("2022-09-09", "on Friday", LocalDate.parse("2022-09-06"))} is 2022-09-02.
 */
public final class DateResolver {
    /** The file of the words it reads, in {@code models/lexicon}. */
    public static final String CUES = "date-cues.tsv";

    /**
     * With no publication day to measure back from, the earliest year a date may lie in: wire copy's clock times
     * ("at 0000 GMT", "at 1210") read as years before it.
     */
    private static final int EARLIEST_UNANCHORED_YEAR = 1900;
    /** How far back, in years, a reported incident's date may lie (see {@link #isNewsPast}). */
    private static final int OLDEST_YEARS = 100;
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WEEK_DAY = Pattern.compile("(\\d{4})-W(\\d{2})-([1-7])");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern ANY_MONTH = Pattern.compile("XXXX-(\\d{2})");
    private static final Pattern ANY_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    private static final Pattern ANY_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
    /** A time of day after the date part: "T14:00", "TNI" (night), "TMO" (morning). */
    private static final Pattern TIME_PART = Pattern.compile("T[0-9A-Z:.]*$");
    /** A value with a year and something finer: month, week, quarter or day. */
    private static final Pattern FINER_THAN_YEAR = Pattern.compile("\\d{4}-.+");
    /** A day, with or without a clock time: what SUTime makes of "a few minutes ago" ("three hours" is a duration). */
    private static final Pattern DAY_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)|'\\d{2}\\b");

    /** An expression counted in minutes or hours ("a few minutes ago", "two hours earlier"). */
    private final Pattern minutesOrHours;
    /** "last Wednesday": SUTime's reading of it may be a week early in a report later in the week. */
    private final Pattern lastWeekday;

    /**
     * @param cues the date words file ({@value #CUES}): {@code short-unit} and {@code previous} words
     * @throws IllegalArgumentException when a row has another role or a role has no word
     */
    public DateResolver(Path cues) {
        List<String> units = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        for (String[] row : DataFile.rows(cues, 2)) {
            switch (row[1]) {
                case "short-unit" -> units.add(Pattern.quote(row[0]));
                case "previous" -> previous.add(Pattern.quote(row[0]));
                default -> throw new IllegalArgumentException(cues + ": '" + row[0] + "' has role '" + row[1]
                        + "', not short-unit or previous");
            }
        }
        if (units.isEmpty() || previous.isEmpty()) {
            throw new IllegalArgumentException(cues + ": needs short-unit and previous words");
        }
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        this.minutesOrHours = Pattern.compile("(?i)\\b(" + String.join("|", units) + ")s?\\b");
        this.lastWeekday = Pattern.compile("(?i)\\b(" + String.join("|", previous) + ")\\s+("
                + String.join("|", weekdays) + ")\\b");
    }

    /**
     * @param lexicon the {@code models/lexicon} folder
     * @return the resolver its {@value #CUES} defines
     */
    public static DateResolver load(Path lexicon) {
        return new DateResolver(lexicon.resolve(CUES));
    }

    /**
     * @param timexValue the TIMEX3 value SUTime gave the expression, or {@code null} (SUTime leaves it
     *                   empty when it cannot resolve one)
     * @param text       the words the value was read from, kept as the span's text ("last Monday")
     * @param published  the article's publication date, or {@code null} when unknown
     * @return the days the expression covers, or empty when it names no usable date
     */
    public Optional<DateSpan> resolve(String timexValue, String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        if (timexValue == null || timexValue.isBlank()) {
            return Optional.empty();
        }
        if (published != null && minutesOrHours.matcher(text).find() && DAY_TIME.matcher(timexValue.trim()).matches()) {
            // SUTime counts back from the publication day's midnight, into the day before: minutes or hours
            // before a report are the day it was filed
            return Optional.of(new DateSpan(published, published, text, null));
        }
        String value = TIME_PART.matcher(timexValue.trim()).replaceFirst("");
        if (published == null && !WRITTEN_YEAR.matcher(text).find() && FINER_THAN_YEAR.matcher(value).matches()) {
            // "Monday" resolved to a day of some year: SUTime had a reference date the caller does not know
            return Optional.empty();
        }
        try {
            Optional<LocalDate[]> span = relative(value, published).or(() -> absolute(value));
            if (span.isEmpty()) {
                return Optional.empty();
            }
            LocalDate from = span.get()[0];
            LocalDate to = span.get()[1];
            if (published != null && from.isAfter(published) && !WRITTEN_YEAR.matcher(text).find()) {
                Optional<LocalDate[]> back = backBeforePublication(from, to, text, published);
                if (back.isEmpty()) {
                    return Optional.empty();
                }
                from = back.get()[0];
                to = back.get()[1];
            }
            // "last Wednesday" in a Friday report: SUTime takes the Wednesday of the week before; a report means the
            // one two days earlier, unless that one is yesterday, which it would have called "yesterday"
            if (published != null && from.equals(to) && lastWeekday.matcher(text).find()
                    && from.plusWeeks(1).isBefore(published.minusDays(1))) {
                from = from.plusWeeks(1);
                to = from;
            }
            if (published != null ? !isNewsPast(from, to, published) : to.getYear() < EARLIEST_UNANCHORED_YEAR) {
                // with no publication day, clock times read as years ("at 0000 GMT", "at 1210") still go
                return Optional.empty();
            }
            return Optional.of(new DateSpan(from, to, text, null));
        } catch (DateTimeException e) {
            return Optional.empty(); // a value no calendar has, such as 2022-02-30: no date rather than a wrong one
        }
    }

    /**
     * Whether a span can be when a reported incident happened: not after publication ("in 2171"), and not more
     * than a century before it. Wire copy writes clock times as four digits ("at 2335", "at 0330"), which
     * SUTime reads as years; this rejects them along with the written years news never reports attacks in.
     */
    private static boolean isNewsPast(LocalDate from, LocalDate to, LocalDate published) {
        return !from.isAfter(published) && !to.isBefore(published.minusYears(OLDEST_YEARS));
    }

    /** Full or partial dates with a year: day, month, year, decade, century, quarter, week. */
    private static Optional<LocalDate[]> absolute(String value) {
        Matcher m;
        if ((m = DAY.matcher(value)).matches()) {
            LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return span(day, day);
        }
        if ((m = MONTH.matcher(value)).matches()) {
            YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
            return span(month.atDay(1), month.atEndOfMonth());
        }
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if ((m = DECADE.matcher(value)).matches()) {
            int start = num(m, 1) * 10;
            return span(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31));
        }
        if ((m = CENTURY.matcher(value)).matches()) {
            int start = num(m, 1) * 100;
            return span(LocalDate.of(start, 1, 1), LocalDate.of(start + 99, 12, 31));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), (num(m, 2) - 1) * 3 + 1);
            return span(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if ((m = WEEK_DAY.matcher(value)).matches()) {
            LocalDate day = monday(num(m, 1), num(m, 2)).plusDays(num(m, 3) - 1L);
            return span(day, day);
        }
        if ((m = WEEKEND.matcher(value)).matches()) {
            LocalDate monday = monday(num(m, 1), num(m, 2));
            return span(monday.plusDays(5), monday.plusDays(6));
        }
        if ((m = WEEK.matcher(value)).matches()) {
            LocalDate monday = monday(num(m, 1), num(m, 2));
            return span(monday, monday.plusDays(6));
        }
        return Optional.empty();
    }

    /** Values with the year left open (SUTime without a document date): the latest one not after publication. */
    private static Optional<LocalDate[]> relative(String value, LocalDate published) {
        Matcher m;
        if ((m = ANY_YEAR_DAY.matcher(value)).matches()) {
            if (published == null) {
                return Optional.empty();
            }
            MonthDay day = MonthDay.of(num(m, 1), num(m, 2)); // February 29 becomes the 28th in other years
            LocalDate candidate = day.atYear(published.getYear());
            if (candidate.isAfter(published)) {
                candidate = day.atYear(published.getYear() - 1);
            }
            return span(candidate, candidate);
        }
        if ((m = ANY_MONTH.matcher(value)).matches()) {
            if (published == null) {
                return Optional.empty();
            }
            YearMonth month = YearMonth.of(published.getYear(), num(m, 1));
            if (month.atDay(1).isAfter(published)) {
                month = month.minusYears(1);
            }
            return span(month.atDay(1), month.atEndOfMonth());
        }
        if ((m = ANY_WEEKDAY.matcher(value)).matches()) {
            if (published == null) {
                return Optional.empty();
            }
            LocalDate day = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(num(m, 1))));
            return span(day, day);
        }
        return Optional.empty();
    }

    /**
     * SUTime resolves "on Friday" or "on November 2" to the coming one when the document date is earlier in the
     * week or year; a news report tells of the past one, so move back by the unit the words name.
     */
    private static Optional<LocalDate[]> backBeforePublication(LocalDate from, LocalDate to, String text, LocalDate published) {
        ChronoUnit step;
        if (namesWeekday(text)) {
            step = ChronoUnit.WEEKS;
        } else if (namesMonth(text)) {
            step = ChronoUnit.YEARS;
        } else {
            return Optional.empty();
        }
        LocalDate f = from;
        LocalDate t = to;
        while (f.isAfter(published)) {
            f = f.minus(1, step);
            t = t.minus(1, step);
        }
        return span(f, t);
    }

    private static boolean namesWeekday(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (containsWord(text, day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    || containsWord(text, day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesMonth(String text) {
        for (Month month : Month.values()) {
            if (containsWord(text, month.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    || containsWord(text, month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static LocalDate monday(int weekBasedYear, int week) {
        return LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<LocalDate[]> span(LocalDate from, LocalDate to) {
        return Optional.of(new LocalDate[] {from, to});
    }
}
