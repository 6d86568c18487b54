package attackevents.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's tab-separated data files under {@code models/}: {@code #} starts a comment line, blank
 * lines are skipped, columns are separated by tabs.
 */
public final class DataFile {
    private DataFile() {
    }

    /**
     * Reads the rows of a data file.
     *
     * @param file the file
     * @return each non-comment, non-blank line split on tabs (trimmed cells)
     * @throws UncheckedIOException when the file cannot be read, naming it
     */
    public static List<String[]> rows(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read data file " + file + ": " + e.getMessage(), e));
        }
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(Arrays.stream(line.split("\t")).map(String::trim).toArray(String[]::new));
        }
        return rows;
    }
}
