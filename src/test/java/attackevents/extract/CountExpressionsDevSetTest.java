package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import attackevents.model.Count;
import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures, on the wikievents-dev gold (../shared, read in place), how often the gold fatality and injury
 * counts are among the counts found in the article: a count is found when some match's min lies inside the
 * gold range (how the scorer reads a predicted range). This is a ceiling for the extractor's count slots,
 * not a score: choosing WHICH count is the toll is the extractor's job. The set was looked at while writing
 * the lexicons, so this is a development number, not a test result.
 */
class CountExpressionsDevSetTest {
    private static final Path DEV = Path.of("..", "shared", "datasets", "wikievents-dev");

    @Test
    void goldCountsAreAmongTheCountsFound() throws IOException {
        assumeTrue(Files.isDirectory(DEV.resolve("gold")), DEV + " absent, skipping");
        CountExpressions counts = new CountExpressions(CountLexicon.defaultDirectory());
        int gold = 0;
        int found = 0;
        int matches = 0;
        List<String> missed = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(DEV.resolve("gold"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode article = Json.mapper().readTree(file.toFile());
            String id = article.get("article").asText();
            List<Count> inText = new ArrayList<>();
            for (String sentence : Files.readAllLines(DEV.resolve("texts").resolve(id + ".txt"), StandardCharsets.UTF_8)) {
                counts.find(sentence).forEach(m -> inText.add(m.count()));
            }
            matches += inText.size();
            for (JsonNode event : article.get("events")) {
                for (String slot : List.of("fatalities", "injured")) {
                    JsonNode range = event.get(slot);
                    if (range == null || range.isNull()) {
                        continue;
                    }
                    gold++;
                    Count wanted = new Count(range.get("min").asInt(),
                            range.get("max").isNull() ? null : range.get("max").asInt(), null, null);
                    if (inText.stream().anyMatch(c -> wanted.contains(c.min()))) {
                        found++;
                    } else {
                        missed.add(id + " " + slot + " " + wanted.min() + ".." + wanted.max());
                    }
                }
            }
        }
        System.out.printf("count recall ceiling on wikievents-dev: %d/%d gold counts found (%.3f); %d matches in %d articles%n",
                found, gold, (double) found / gold, matches, files.size());
        missed.forEach(m -> System.out.println("  missed: " + m));
        // a floor well under the measured value, so that a break in the finder shows
        assertTrue(gold > 0 && found >= gold * 0.6, found + "/" + gold);
    }
}
