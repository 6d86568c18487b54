package attackevents.model;

import java.time.LocalDate;

/**
 * When something happened, as a range of days. {@code from == null} means unbounded below (MUC-4's
 * "on or before"), {@code to == null} unbounded above.
 *
 * @param from     first possible day, or {@code null}
 * @param to       last possible day, or {@code null}
 * @param text     the words it was read from, on one line, or {@code null}
 * @param evidence where it was read, or {@code null}
 */
public record DateSpan(LocalDate from, LocalDate to, String text, Evidence evidence) {
    public DateSpan {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a date span needs at least one bound");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date span ends before it starts: " + from + ".." + to);
        }
        text = Words.oneLine(text);
    }

    /** @return a one-day span with no provenance */
    public static DateSpan on(LocalDate day) {
        return new DateSpan(day, day, null, null);
    }

    /** @return whether {@code day} lies inside this span */
    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
