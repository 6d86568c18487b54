package attackevents.extract;

import attackevents.model.DateSpan;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** TEMPORARY stand-in until the counts branch is merged. */
public final class DateResolver {
    public Optional<DateSpan> resolve(String timex, String text, LocalDate published) {
        try {
            if (timex == null) return Optional.empty();
            if (timex.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(DateSpan.on(LocalDate.parse(timex)));
            if (timex.matches("\\d{4}-\\d{2}")) { YearMonth ym = YearMonth.parse(timex); return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth(), text, null)); }
            if (timex.matches("\\d{4}")) { int y = Integer.parseInt(timex); return Optional.of(new DateSpan(LocalDate.of(y,1,1), LocalDate.of(y,12,31), text, null)); }
        } catch (RuntimeException e) { return Optional.empty(); }
        return Optional.empty();
    }
}
