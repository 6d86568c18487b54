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
        return rows(file, 1);
    }

    /**
     * Reads the rows of a data file whose rows need at least some columns.
     *
     * @param file       the file
     * @param minColumns how many columns every row must have
     * @return each non-comment, non-blank line split on tabs (trimmed cells)
     * @throws UncheckedIOException     when the file cannot be read, naming it
     * @throws IllegalArgumentException when a row has fewer columns, naming the file, the line and the row (a
     *                                  hand-edited file most often has spaces where a tab belongs)
     */
    public static List<String[]> rows(Path file, int minColumns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read data file " + file + ": " + e.getMessage(), e));
        }
        List<String[]> rows = new ArrayList<>(lines.size());
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = Arrays.stream(line.split("\t")).map(String::trim).toArray(String[]::new);
            if (row.length < minColumns) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": '" + line.strip() + "' has "
                        + row.length + " tab-separated column(s), needs " + minColumns);
            }
            rows.add(row);
        }
        return rows;
    }
}
