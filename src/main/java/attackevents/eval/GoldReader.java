package attackevents.eval;

import attackevents.output.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a folder of gold fixtures in the project's format ({@code shared/spec/gold-format.md}): one
 * {@code <article-id>.json} per article. Unknown fields are an error (a misspelt field would otherwise be read
 * as empty and silently change the score). A missing or {@code null} field is its empty value ({@code false} for
 * {@code suicide} and {@code optional}).
 *
 * <pre>{@code List<GoldArticle> gold = new GoldReader().read(Path.of("gold"));}</pre>
 */
public final class GoldReader {
    private static final ObjectReader READER = Json.mapper().readerFor(GoldArticle.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads every {@code *.json} file of a folder, sorted by file name.
     *
     * @param dir the folder
     * @return the gold articles in file-name order
     * @throws InputFormatException when a fixture is malformed (the message names the file)
     * @throws IOException          when the folder cannot be listed or a file read
     */
    public List<GoldArticle> read(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        List<GoldArticle> gold = new ArrayList<>(files.size());
        for (Path file : files) {
            gold.add(readFile(file));
        }
        return gold;
    }

    /**
     * Reads one fixture.
     *
     * @param file a {@code <article-id>.json} file
     * @return its gold article
     * @throws InputFormatException when it is malformed or its {@code article} differs from its file name
     * @throws IOException          when it cannot be read
     */
    public GoldArticle readFile(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        GoldArticle article;
        try {
            article = READER.readValue(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputFormatException(file + ": " + JsonErrors.describe(e, true));
        }
        if (article == null) {
            throw new InputFormatException(file + ": empty file");
        }
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".json".length());
        if (!id.equals(article.article())) {
            throw new InputFormatException(file + ": article \"" + article.article()
                    + "\" does not match the file name (expected \"" + id + "\")");
        }
        for (int i = 0; i < article.events().size(); i++) {
            String problem = problem(article.events().get(i));
            if (problem != null) {
                throw new InputFormatException(file + ": events[" + i + "]" + problem);
            }
        }
        return article;
    }

    /** The checks the records' constructors leave to the reader: no blank names, no empty lists; null when fine. */
    private static String problem(GoldEvent event) {
        if (event == null) {
            return ": null instead of an event";
        }
        if (hasBlank(event.actor())) {
            return ".actor: a blank name";
        }
        for (List<String> target : event.targets()) {
            if (target.isEmpty() || hasBlank(target)) {
                return ".targets: a target with no name or a blank name";
            }
        }
        GoldPlace place = event.place();
        if (place != null && (hasBlank(place.names())
                || (place.names().isEmpty() && (place.country() == null || place.country().isBlank())))) {
            return ".place: needs names or a country, and no blank name";
        }
        return null;
    }

    private static boolean hasBlank(List<String> names) {
        return names.stream().anyMatch(n -> n == null || n.isBlank());
    }
}
