package attackevents.eval.muc4;

import attackevents.model.DateSpan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MUC-4 {@code INCIDENT: DATE} fills as day ranges: {@code DD MON YY} is one day, {@code DD MON YY - DD MON YY}
 * a range, {@code - DD MON YY} "on or before" (unbounded below). Two-digit years are 19YY (the corpus is
 * 1988-1990); four-digit years are taken as written. Month names may be spelt out ({@code MARCH}). A day
 * past the end of its month ({@code 31 NOV 89}, in the keys) is read as the month's last day.
 */
public final class Muc4Dates {
    private static final String DAY = "(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2}|\\d{4})";
    private static final Pattern ONE = Pattern.compile("^" + DAY + "$");
    private static final Pattern RANGE = Pattern.compile("^" + DAY + "\\s*-\\s*" + DAY + "$");
    private static final Pattern BEFORE = Pattern.compile("^-\\s*" + DAY + "$");
    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    private Muc4Dates() {
    }

    /**
     * The date a MUC-4 template gives an incident the message does not date: "on or before" the date of the
     * message header ({@code template-doc-part1.v7}, slot 2, note 3: the fill is always present when the
     * header has a date).
     *
     * @param eventDate the incident's own date, or {@code null}
     * @param published the message's date, or {@code null}
     * @return {@code eventDate} when present, else {@code - published}, else {@code null}
     */
    public static DateSpan orHeaderDefault(DateSpan eventDate, LocalDate published) {
        if (eventDate != null || published == null) {
            return eventDate;
        }
        return new DateSpan(null, published, null, null);
    }

    /**
     * Reads one alternative of a date fill.
     *
     * @param text e.g. {@code 17 FEB 90 - 18 FEB 90}
     * @return the span (its text is {@code text}), or {@code null} when the text is not a MUC-4 date
     *         (the keys hold a few, such as {@code 11 NOV} without a year)
     */
    public static DateSpan parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        try {
            Matcher m = ONE.matcher(t);
            if (m.matches()) {
                LocalDate day = day(m, 1);
                return new DateSpan(day, day, t, null);
            }
            m = RANGE.matcher(t);
            if (m.matches()) {
                LocalDate from = day(m, 1);
                LocalDate to = day(m, 4);
                return to.isBefore(from) ? null : new DateSpan(from, to, t, null);
            }
            m = BEFORE.matcher(t);
            if (m.matches()) {
                return new DateSpan(null, day(m, 1), t, null);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // e.g. day 0, or a month name that is none
        }
        return null;
    }

    /**
     * Reads all alternatives of a date fill as the smallest span holding each of them.
     *
     * @param alternatives e.g. {@code ["26 AUG 89", "- 26 AUG 89"]}
     * @return the covering span, or {@code null} when none of them is a date
     */
    public static DateSpan union(List<String> alternatives) {
        DateSpan result = null;
        for (String alternative : alternatives) {
            DateSpan span = parse(alternative);
            if (span == null) {
                continue;
            }
            if (result == null) {
                result = span;
            } else {
                LocalDate from = result.from() == null || span.from() == null ? null
                        : (span.from().isBefore(result.from()) ? span.from() : result.from());
                LocalDate to = result.to() == null || span.to() == null ? null
                        : (span.to().isAfter(result.to()) ? span.to() : result.to());
                result = new DateSpan(from, to, String.join(" / ", alternatives), null);
            }
        }
        return result;
    }

    /**
     * Writes a day as {@code DD MON YY}.
     *
     * @param day the day
     * @return e.g. {@code 03 JAN 90}
     */
    public static String format(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return String.format(Locale.ROOT, "%02d %s %02d", day.getDayOfMonth(), MONTHS[day.getMonthValue() - 1],
                day.getYear() % 100);
    }

    private static LocalDate day(Matcher m, int group) {
        int day = Integer.parseInt(m.group(group));
        Month month = month(m.group(group + 1));
        String y = m.group(group + 2);
        int year = y.length() == 2 ? 1900 + Integer.parseInt(y) : Integer.parseInt(y);
        LocalDate first = LocalDate.of(year, month, 1);
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("no day " + day);
        }
        // The keys write "31 NOV 89": read a day past the month's end as its last day.
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return Month.of(i + 1);
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
