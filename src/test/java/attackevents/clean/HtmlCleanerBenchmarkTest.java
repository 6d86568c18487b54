package attackevents.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.eval.body.BodyEvaluation;
import attackevents.eval.body.BodyReport;
import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the shared development half of the article-extraction benchmark (91 pages) and
 * checks the body F1 does not fall below what it reached when written (0.983; the floor leaves a little room).
 */
class HtmlCleanerBenchmarkTest {
    private static final Path DATA = Path.of("..", "shared", "datasets", "article-extraction");
    private static final double FLOOR = 0.98;

    @Test
    void devSetBodyF1() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("html")),
                DATA + " absent, skipping the benchmark check");
        HtmlCleaner cleaner = new HtmlCleaner(Path.of("models"));
        JsonNode truth = Json.mapper().readTree(DATA.resolve("ground-truth.json").toFile());
        Map<String, String> gold = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (var it = truth.fields(); it.hasNext(); ) {
            var e = it.next();
            gold.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            String html = HtmlFiles.read(DATA.resolve("html").resolve(e.getKey() + ".html.gz"));
            predicted.put(e.getKey(), cleaner.clean(html, e.getValue().path("url").asText(null)).text());
        }
        BodyReport report = BodyEvaluation.evaluate(gold, predicted);
        System.out.println("article-extraction dev set: " + report.toTable().lines().findFirst().orElse(""));
        assertTrue(report.pages() == 91, "pages: " + report.pages());
        assertTrue(report.f1() >= FLOOR, report.toTable());
    }
}
