package attackevents.eval;

import attackevents.model.ArticleRecord;
import attackevents.output.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the extractor's JSON-lines output: one {@link ArticleRecord} per line, through the project's one
 * configured mapper. Blank lines are skipped.
 *
 * <pre>{@code Map<String, ArticleRecord> predicted = new PredictionReader().read(Path.of("out.jsonl"));}</pre>
 */
public final class PredictionReader {
    private static final ObjectReader READER = Json.mapper().readerFor(ArticleRecord.class);

    /**
     * Reads a JSON-lines file.
     *
     * @param file the file
     * @return the records keyed by article id, in file order
     * @throws InputFormatException when a line is not a record or repeats an id (the message names the line)
     * @throws IOException          when the file cannot be read
     */
    public Map<String, ArticleRecord> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Map<String, ArticleRecord> records = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            String line;
            while ((line = readLine(in, file, lineNo + 1)) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                ArticleRecord record = parse(line, file, lineNo);
                Integer seen = firstLine.putIfAbsent(record.id(), lineNo);
                if (seen != null) {
                    throw new InputFormatException(file + " line " + lineNo + ": article \"" + record.id()
                            + "\" already given on line " + seen);
                }
                records.put(record.id(), record);
            }
        }
        return records;
    }

    private static String readLine(BufferedReader in, Path file, int lineNo) throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file + " line " + lineNo + ": not UTF-8 text");
        }
    }

    private static ArticleRecord parse(String line, Path file, int lineNo) throws InputFormatException {
        try {
            ArticleRecord record = READER.readValue(line);
            if (record == null) {
                throw new InputFormatException(file + " line " + lineNo + ": null instead of an article record");
            }
            return record;
        } catch (JsonProcessingException e) {
            throw new InputFormatException(file + " line " + lineNo + ": " + JsonErrors.describe(e, false));
        }
    }
}
