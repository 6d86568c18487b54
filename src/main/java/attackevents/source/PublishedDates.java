package attackevents.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Publication dates as given beside articles, reduced to the calendar date. */
final class PublishedDates {
    // ISO date-time (with or without offset or zone), ISO date, and RFC 1123 as in RSS feeds' <pubDate>.
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.ISO_DATE,
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private PublishedDates() {
    }

    /**
     * Parses a date, keeping the calendar date as written: {@code 2019-03-15T23:30:00-05:00} is 15 March,
     * not the 16th it is in UTC.
     *
     * @param text e.g. {@code 2019-03-15}, {@code 2019-03-15T10:00:00Z}, {@code Fri, 15 Mar 2019 10:00:00 GMT}
     * @return the date
     * @throws IllegalArgumentException when the text is none of those forms
     */
    static LocalDate parse(String text) {
        String trimmed = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.from(format.parse(trimmed));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("not an ISO date or date-time: " + trimmed);
    }
}
