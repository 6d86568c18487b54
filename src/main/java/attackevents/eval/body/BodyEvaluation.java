package attackevents.eval.body;

import attackevents.output.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, {@code evaluate.py}): for
 * each page, shingle true/false positives and false negatives normalised per page; precision is averaged over pages
 * with predicted or true shingles, recall over pages with true shingles; F1 is the harmonic mean of the two means.
 * Example: {@code BodyEvaluation.evaluate(Path.of("ground-truth.json"), Path.of("out.json")).f1()}.
 */
public final class BodyEvaluation {
    private BodyEvaluation() {
    }

    /**
     * Scores predicted bodies against the truth. Both files map page id to {@code {"articleBody": ...}}.
     *
     * @param truthJson     the ground truth
     * @param predictedJson the predictions; must have exactly the truth's ids, as the benchmark requires
     * @return the scores
     * @throws IOException              when a file cannot be read or is not such a JSON object
     * @throws IllegalArgumentException when the ids differ (the message counts the missing and extra ids)
     */
    public static BodyReport evaluate(Path truthJson, Path predictedJson) throws IOException {
        Objects.requireNonNull(truthJson, "truthJson");
        Objects.requireNonNull(predictedJson, "predictedJson");
        requireFile(truthJson);
        requireFile(predictedJson);
        return evaluate(bodies(truthJson), bodies(predictedJson));
    }

    /**
     * Scores predicted bodies against the truth.
     *
     * @param truth     page id to true body, in the order pages are reported
     * @param predicted page id to predicted body; same ids as {@code truth}
     * @return the scores
     * @throws IllegalArgumentException when the ids differ or there are no pages
     */
    public static BodyReport evaluate(Map<String, String> truth, Map<String, String> predicted) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (!truth.keySet().equals(predicted.keySet())) {
            Set<String> missing = new LinkedHashSet<>(truth.keySet());
            missing.removeAll(predicted.keySet());
            Set<String> extra = new LinkedHashSet<>(predicted.keySet());
            extra.removeAll(truth.keySet());
            throw new IllegalArgumentException("prediction ids do not match ground truth: " + missing.size()
                    + " missing" + (missing.isEmpty() ? "" : " (e.g. " + missing.iterator().next() + ")")
                    + ", " + extra.size() + " extra" + (extra.isEmpty() ? "" : " (e.g. " + extra.iterator().next() + ")"));
        }
        if (truth.isEmpty()) {
            throw new IllegalArgumentException("no pages to score");
        }
        List<PageScore> pages = new ArrayList<>();
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            double[] m = Shingles.match(e.getValue(), predicted.get(e.getKey()));
            PageScore page = new PageScore(e.getKey(), m[0], m[1], m[2]);
            pages.add(page);
            if (page.tp() + page.fp() > 0) {
                precisionSum += page.precision();
                precisionPages++;
            }
            if (page.tp() + page.fn() > 0) {
                recallSum += page.recall();
                recallPages++;
            }
        }
        // statistics.mean of an empty list raises in the benchmark; here an empty mean is 0.
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BodyReport(precision, recall, f1, pages.size(), pages);
    }

    private static Map<String, String> bodies(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": expected a JSON object mapping page id to {\"articleBody\": ...}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            JsonNode body = e.getValue().get("articleBody");
            out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        });
        return out;
    }

    /** Checks a file exists before reading, so a wrong path reads as one line. */
    static void requireFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
    }
}
