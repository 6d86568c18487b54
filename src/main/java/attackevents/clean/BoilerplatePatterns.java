package attackevents.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whole-line patterns for page furniture (comment forms, calls to action, photo credits, "Related:" lines),
 * loaded from {@code models/clean/boilerplate-lines.txt}. Immutable and thread-safe.
 */
public final class BoilerplatePatterns {
    /** The file name under {@code models/clean/}. */
    public static final String FILE = "boilerplate-lines.txt";

    private final List<Pattern> patterns;

    /**
     * Loads the patterns: one Java regular expression a line, {@code #} comments and blank lines skipped.
     *
     * @param file the pattern file
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException when a line is not a valid regular expression (names the line)
     */
    public BoilerplatePatterns(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate patterns " + file + ": " + e.getMessage(), e);
        }
        List<Pattern> list = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                list.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad pattern: " + e.getDescription());
            }
        }
        this.patterns = List.copyOf(list);
    }

    /**
     * Tells whether a whole line is page furniture.
     *
     * @param line a line or paragraph (trimmed here)
     * @return whether one of the patterns matches the entire trimmed line
     */
    public boolean matches(String line) {
        Objects.requireNonNull(line, "line");
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /** @return how many patterns were loaded */
    public int size() {
        return patterns.size();
    }
}
