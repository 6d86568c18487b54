package attackevents.clean;

import attackevents.data.DataFile;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a wire report's dateline ("SAN SALVADOR, 3 JAN 90 -- ..."), the publication date of
 * text that comes without metadata. Patterns: {@code models/clean/dateline-patterns.txt}.
 */
public final class Datelines {
    /** Datelines open an article: look no further than this. */
    private static final int HEAD_CHARS = 300;
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private final List<Pattern> patterns = new ArrayList<>();

    /**
     * @param file the pattern file
     */
    public Datelines(Path file) {
        for (String[] row : DataFile.rows(file)) {
            String line = String.join("\t", row);
            patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNICODE_CASE));
        }
    }

    /**
     * @param text an article's text
     * @return the date of its dateline, if it opens with one
     */
    public Optional<LocalDate> find(String text) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                Optional<LocalDate> date = date(m.group("day"), m.group("month"), m.group("year"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String day, String month, String year) {
        int monthIndex = MONTHS.indexOf(month.toLowerCase(Locale.ROOT).substring(0, Math.min(3, month.length())));
        if (monthIndex < 0) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y >= 50 ? 1900 : 2000;
        }
        try {
            return Optional.of(LocalDate.of(y, monthIndex + 1, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
