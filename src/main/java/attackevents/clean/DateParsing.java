package attackevents.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a calendar date in the date strings pages put in metadata (ISO stamps, "Nov 19, 2019", "19 November 2019"). */
final class DateParsing {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:T|(?!\\d))");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private DateParsing() {
    }

    /**
     * @param s a date string from a page, may be {@code null}
     * @return the first valid date in it, or {@code null}
     */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1));
        }
        m = COMPACT.matcher(s.strip());
        if (m.find() && m.start() == 0) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
