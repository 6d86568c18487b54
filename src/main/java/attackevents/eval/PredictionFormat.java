package attackevents.eval;

import attackevents.eval.muc4.Muc4Responses;
import attackevents.model.ArticleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The formats predictions can be read in: the extractor's JSON lines, or MUC-4 response templates written by
 * any system (read as events by {@link Muc4Responses}), so both are scored by the same {@link EventScorer}.
 */
public enum PredictionFormat {
    /** One article record per line, as {@code extract} writes. */
    JSONL,
    /** MUC-4 response templates: a file, or a folder of them. */
    MUC4;

    /**
     * Reads predictions.
     *
     * @param path the file (JSONL) or file or folder (MUC-4)
     * @return the records by article id
     * @throws NoSuchFileException when the path does not exist
     * @throws IOException         when it cannot be read or is not in the format
     */
    public Map<String, ArticleRecord> read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        if (this == JSONL) {
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toString(), null, "predictions file not found");
            }
            return new PredictionReader().read(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "MUC-4 response file or folder not found");
        }
        return Muc4Responses.read(path);
    }

    /**
     * Guesses the format from a file name: {@code .jsonl} / {@code .json} are JSON lines,
     * anything else (MUC-4 files are named {@code .muc4}, {@code .v7}, {@code .txt}, …) and folders are MUC-4.
     *
     * @param path the predictions path
     * @return its likely format
     */
    public static PredictionFormat guess(Path path) {
        Objects.requireNonNull(path, "path");
        Path name = path.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".json") ? JSONL : MUC4;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
