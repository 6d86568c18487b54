package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import attackevents.output.Json;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the project's own gold fixtures ({@code corpus/gold}) against the contract in
 * {@code shared/spec/gold-format.md} and against their articles ({@code corpus/articles}).
 *
 * <p>The fixtures are read with Jackson's tree model, not with the project's gold reader, so this check
 * stands on its own: it holds the fixtures to the written contract, whatever the reader does.
 */
class CorpusGoldTest {
    private static final Path ARTICLES = Path.of("corpus", "articles");
    private static final Path GOLD = Path.of("corpus", "gold");
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static final Set<String> TYPES = Set.of("bombing", "armed_assault", "assassination", "kidnapping",
            "hijacking", "arson", "unarmed_assault", "other");
    private static final Set<String> ARTICLE_FIELDS = Set.of("article", "published", "events");
    private static final Set<String> EVENT_FIELDS = Set.of("type", "suicide", "actor", "targets", "place",
            "fatalities", "injured", "date", "optional");
    private static final Set<String> PLACE_FIELDS = Set.of("names", "country");
    private static final Set<String> COUNT_FIELDS = Set.of("min", "max");
    private static final Set<String> DATE_FIELDS = Set.of("from", "to");

    // Duplicate keys and trailing text would be silently dropped by a lenient reader: reject them here.
    private static final ObjectReader READER = Json.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @TestFactory
    Stream<DynamicTest> everyFixtureMeetsTheContractAndQuotesItsArticle() throws IOException {
        return ids(GOLD, ".json").stream().map(id -> DynamicTest.dynamicTest(id, () -> {
            Path article = ARTICLES.resolve(id + ".txt");
            assertTrue(Files.isRegularFile(article), "no article for fixture " + id + ": " + article);
            JsonNode fixture = READER.readTree(Files.readString(GOLD.resolve(id + ".json"), StandardCharsets.UTF_8));
            List<String> problems = problems(id, fixture, Files.readString(article, StandardCharsets.UTF_8));
            assertEquals(List.of(), problems, "fixture " + id);
        }));
    }

    @Test
    void everyArticleHasAFixtureAndEveryFixtureAnArticle() throws IOException {
        Set<String> articles = ids(ARTICLES, ".txt");
        assertFalse(articles.isEmpty(), "corpus/articles is empty");
        assertEquals(articles, ids(GOLD, ".json"));
    }

    @Test
    void articlesAreTheSeedsByteForByte() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), SEEDS + " absent, skipping");
        Set<String> seeds = ids(SEEDS, ".txt");
        assertFalse(seeds.isEmpty(), "no seeds in " + SEEDS);
        for (String id : seeds) {
            Path copy = ARTICLES.resolve(id + ".txt");
            assertTrue(Files.isRegularFile(copy), "seed not in corpus: " + id);
            assertEquals(-1L, Files.mismatch(SEEDS.resolve(id + ".txt"), copy), "seed changed: " + id);
        }
    }

    @Test
    void theCheckFindsEachKindOfFault() throws IOException {
        String text = "Rebels bombed the bridge in Springfield on Monday.";
        String broken = """
                {"article": "other-id", "published": "2022-13-01", "extra": 1,
                 "events": [
                  {"type": "shooting", "suicide": "yes", "actor": ["Rebels", "Army"],
                   "targets": [["bridge"], [], ["the dam"]],
                   "place": {"names": ["Springfield", "Shelbyville"], "country": 7},
                   "fatalities": {"min": 5, "max": 2}, "injured": {"min": -1, "max": null},
                   "date": {"from": "2022-09-05", "to": "2022-09-01"}, "optional": false, "notes": "x"},
                  {"type": null, "suicide": false, "actor": [], "targets": [], "place": null,
                   "fatalities": null, "injured": {"min": 1.5, "max": 2}, "date": {"from": null, "to": null}}
                 ]}
                """;
        List<String> problems = problems("bomb-1", READER.readTree(broken), text);
        for (String expected : List.of("unknown field 'extra'", "article 'other-id'", "published: not an ISO date",
                "e1: type 'shooting'", "e1: suicide", "e1: actor name 'Army'", "e1: targets[1] is empty",
                "e1: targets[2] name 'the dam'", "e1: place name 'Shelbyville'", "e1: place.country",
                "e1: fatalities min 5 > max 2", "e1: injured min", "e1: date from 2022-09-05 after to",
                "e1: unknown field 'notes'", "e2: missing field 'optional'", "e2: injured min",
                "e2: date has no bound")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)),
                    "not reported: " + expected + " in " + problems);
        }
        // The names that do occur (case-insensitively) pass: "rebels", "bridge", "springfield".
        assertTrue(problems.stream().noneMatch(p -> p.contains("'Rebels'") || p.contains("'bridge'")
                || p.contains("'Springfield'")), problems.toString());

        String good = """
                {"article": "bomb-1", "published": "2022-09-06", "events": [
                  {"type": "bombing", "suicide": false, "actor": ["rebels"], "targets": [["BRIDGE"]],
                   "place": {"names": ["Springfield"], "country": "Nowhere"}, "fatalities": {"min": 0, "max": null},
                   "injured": null, "date": {"from": "2022-09-05", "to": "2022-09-05"}, "optional": false}]}
                """;
        assertEquals(List.of(), problems("bomb-1", READER.readTree(good), text));
    }

    @Test
    void theCheckRejectsAnEventDatedAfterPublication() throws IOException {
        String fixture = """
                {"article": "a", "published": "2022-09-06", "events": [
                  {"type": null, "suicide": false, "actor": [], "targets": [], "place": null, "fatalities": null,
                   "injured": null, "date": {"from": "2022-09-07", "to": "2022-09-08"}, "optional": false}]}
                """;
        List<String> problems = problems("a", READER.readTree(fixture), "");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("e1: date starts after publication"), problems.toString());
    }

    @Test
    void readerRejectsDuplicateKeys() {
        String twice = "{\"article\": \"a\", \"article\": \"b\", \"published\": null, \"events\": []}";
        assertTrue(throwsIo(twice), "duplicate key accepted");
        assertTrue(throwsIo("{\"article\": \"a\", \"published\": null, \"events\": []} trailing"),
                "trailing text accepted");
    }

    private static boolean throwsIo(String json) {
        try {
            READER.readTree(json);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** File names in {@code dir} ending in {@code suffix}, without it, sorted. */
    private static Set<String> ids(Path dir, String suffix) throws IOException {
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .forEach(n -> ids.add(n.substring(0, n.length() - suffix.length())));
        }
        return ids;
    }

    /**
     * Every way {@code fixture} breaks the gold-format contract for article {@code id} with text
     * {@code articleText}; empty when it keeps it. Our own fixtures spell out every field, so a missing field
     * is a fault here even though a reader of foreign fixtures may default it.
     */
    private static List<String> problems(String id, JsonNode fixture, String articleText) {
        List<String> out = new ArrayList<>();
        if (!fixture.isObject()) {
            out.add("fixture is not a JSON object");
            return out;
        }
        fields(fixture, ARTICLE_FIELDS, "", out);
        if (!fixture.path("article").isTextual() || !id.equals(fixture.path("article").textValue())) {
            out.add("article '" + fixture.path("article").asText() + "' is not the file's id '" + id + "'");
        }
        LocalDate published = date(fixture.get("published"), "published", out);
        JsonNode events = fixture.get("events");
        if (events == null || !events.isArray()) {
            out.add("events: not an array");
            return out;
        }
        String haystack = articleText.toLowerCase(Locale.ROOT);
        for (int i = 0; i < events.size(); i++) {
            event(events.get(i), "e" + (i + 1) + ": ", haystack, published, out);
        }
        return out;
    }

    private static void event(JsonNode e, String at, String haystack, LocalDate published, List<String> out) {
        if (!e.isObject()) {
            out.add(at + "not a JSON object");
            return;
        }
        fields(e, EVENT_FIELDS, at, out);
        JsonNode type = e.path("type");
        if (!type.isNull() && !type.isMissingNode() && !(type.isTextual() && TYPES.contains(type.asText()))) {
            out.add(at + "type '" + type.asText() + "' is not one of " + new TreeSet<>(TYPES));
        }
        for (String flag : List.of("suicide", "optional")) {
            if (e.has(flag) && !e.get(flag).isBoolean()) {
                out.add(at + flag + ": not true/false");
            }
        }
        names(e.path("actor"), at + "actor", haystack, out);
        JsonNode targets = e.path("targets");
        if (!targets.isArray()) {
            out.add(at + "targets: not a list of lists");
        } else {
            for (int t = 0; t < targets.size(); t++) {
                if (targets.get(t).isArray() && targets.get(t).isEmpty()) {
                    out.add(at + "targets[" + t + "] is empty");
                } else {
                    names(targets.get(t), at + "targets[" + t + "]", haystack, out);
                }
            }
        }
        place(e.path("place"), at, haystack, out);
        count(e.path("fatalities"), at + "fatalities", out);
        count(e.path("injured"), at + "injured", out);
        span(e.path("date"), at, published, out);
    }

    private static void place(JsonNode place, String at, String haystack, List<String> out) {
        if (place.isNull() || place.isMissingNode()) {
            return;
        }
        if (!place.isObject()) {
            out.add(at + "place: not an object");
            return;
        }
        fields(place, PLACE_FIELDS, at + "place ", out);
        names(place.path("names"), at + "place", haystack, out);
        JsonNode country = place.path("country");
        if (!country.isNull() && !country.isTextual()) {
            out.add(at + "place.country: not a string");
        }
    }

    /** A list of acceptable names: each a non-blank string found in the article (case-insensitively). */
    private static void names(JsonNode list, String at, String haystack, List<String> out) {
        if (!list.isArray()) {
            out.add(at + ": not a list of names");
            return;
        }
        for (JsonNode name : list) {
            if (!name.isTextual() || name.asText().isBlank()) {
                out.add(at + ": '" + name + "' is not a name");
            } else if (!haystack.contains(name.asText().toLowerCase(Locale.ROOT))) {
                out.add(at + " name '" + name.asText() + "' does not occur in the article");
            }
        }
    }

    private static void count(JsonNode count, String at, List<String> out) {
        if (count.isNull() || count.isMissingNode()) {
            return;
        }
        if (!count.isObject()) {
            out.add(at + ": not a {min, max} range");
            return;
        }
        fields(count, COUNT_FIELDS, at + " ", out);
        JsonNode min = count.path("min");
        JsonNode max = count.path("max");
        if (!min.isIntegralNumber() || min.asLong() < 0) {
            out.add(at + " min " + min + ": not a whole number >= 0");
        } else if (!max.isNull() && !max.isIntegralNumber()) {
            out.add(at + " max " + max + ": not a whole number or null");
        } else if (!max.isNull() && max.asLong() < min.asLong()) {
            out.add(at + " min " + min + " > max " + max);
        }
    }

    private static void span(JsonNode span, String at, LocalDate published, List<String> out) {
        if (span.isNull() || span.isMissingNode()) {
            return;
        }
        if (!span.isObject()) {
            out.add(at + "date: not a {from, to} range");
            return;
        }
        fields(span, DATE_FIELDS, at + "date ", out);
        LocalDate from = date(span.get("from"), at + "date.from", out);
        LocalDate to = date(span.get("to"), at + "date.to", out);
        if (span.path("from").isNull() && span.path("to").isNull()) {
            out.add(at + "date has no bound: use null for no date");
        }
        if (from != null && to != null && to.isBefore(from)) {
            out.add(at + "date from " + from + " after to " + to);
        }
        // An event the article reports as having happened cannot begin after the article was published.
        if (published != null && from != null && from.isAfter(published)) {
            out.add(at + "date starts after publication: " + from + " > " + published);
        }
    }

    /** An ISO date or null; a fault for anything else. */
    private static LocalDate date(JsonNode node, String at, List<String> out) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            out.add(at + ": not an ISO date: " + node);
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            out.add(at + ": not an ISO date: " + node.asText());
            return null;
        }
    }

    /** Reports fields outside {@code allowed} and allowed fields that are absent. */
    private static void fields(JsonNode object, Set<String> allowed, String at, List<String> out) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                out.add(at + "unknown field '" + name + "'");
            }
        }
        for (String name : new TreeSet<>(allowed)) {
            if (!object.has(name)) {
                out.add(at + "missing field '" + name + "'");
            }
        }
    }
}
