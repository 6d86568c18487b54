package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import attackevents.SharedPipeline;
import attackevents.model.DateSpan;
import attackevents.output.Json;
import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: real SUTime (tokenize, ssplit and the time annotator only, loaded once) finds the date in a
 * sentence, and DateResolver maps its value. The article is taken as published on Tuesday 2022-09-06.
 */
class DateResolverSutimeTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2022-09-06");
    private static final StanfordCoreNLP SUTIME = sutime();
    private final DateResolver resolver = DateResolver.load(SharedPipeline.MODELS.resolve("lexicon"));

    private static StanfordCoreNLP sutime() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
        return pipeline;
    }

    /** Runs SUTime on the sentence and resolves its one time expression: "from..to" or "none". */
    private String resolve(String sentence, String docDate, LocalDate published) {
        Annotation annotation = new Annotation(sentence);
        if (docDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        SUTIME.annotate(annotation);
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        assertEquals(1, timexes.size(), sentence + ": " + timexes);
        Timex timex = timexes.get(0).get(TimeAnnotations.TimexAnnotation.class);
        String text = timexes.get(0).get(CoreAnnotations.TextAnnotation.class);
        return resolver.resolve(timex.value(), text, published)
                .map(DateResolverSutimeTest::format).orElse("none");
    }

    private static String format(DateSpan span) {
        return span.from() + ".." + span.to();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The embassy was attacked on Monday.|2022-09-05..2022-09-05",
        "The embassy was attacked last Monday.|2022-08-29..2022-08-29",
        "The embassy was attacked yesterday.|2022-09-05..2022-09-05",
        "The embassy was attacked last week.|2022-08-29..2022-09-04",
        "The embassy was attacked last month.|2022-08-01..2022-08-31",
        "The embassy was attacked last August.|2021-08-01..2021-08-31",
        "The embassy was attacked a year ago.|2021-09-06..2021-09-06",
        "The embassy was attacked on November 2.|2021-11-02..2021-11-02",
        "The embassy was attacked on November 2, 2021.|2021-11-02..2021-11-02",
        "The embassy was attacked in 2017.|2017-01-01..2017-12-31",
        "The embassy was attacked in April.|2022-04-01..2022-04-30",
        "The embassy was attacked this week.|2022-09-05..2022-09-11",
        "The embassy was attacked Tuesday night.|2022-09-06..2022-09-06",
        "The embassy was attacked on 2013-04-15.|2013-04-15..2013-04-15",
        "The embassy was attacked on Friday.|2022-09-02..2022-09-02",
        "The embassy was attacked on 11 December.|2021-12-11..2021-12-11",
        "The embassy was attacked in August 1999.|1999-08-01..1999-08-31",
        "The embassy was attacked in the 1990s.|1990-01-01..1999-12-31",
    })
    void resolvesWithThePublicationDateAsDocumentDate(String sentence, String expected) {
        assertEquals(expected, resolve(sentence, PUBLISHED.toString(), PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The embassy was attacked on Monday.|2022-09-05..2022-09-05",
        "The embassy was attacked on Friday.|2022-09-02..2022-09-02",
        "The embassy was attacked on November 2.|2021-11-02..2021-11-02",
        "The embassy was attacked in April.|2022-04-01..2022-04-30",
        "The embassy was attacked Tuesday night.|2022-09-06..2022-09-06",
        "The embassy was attacked last August.|none",
        "The embassy was attacked on April 15, 2013.|2013-04-15..2013-04-15",
    })
    void resolvesYearlessValuesWhenSutimeHadNoDocumentDate(String sentence, String expected) {
        assertEquals(expected, resolve(sentence, null, PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The embassy was attacked on Monday.|none",
        "The embassy was attacked yesterday.|none",
        "The embassy was attacked last week.|none",
        "The embassy was attacked on November 2.|none",
        "The embassy was attacked on November 2, 2021.|2021-11-02..2021-11-02",
        "The embassy was attacked in 2017.|2017-01-01..2017-12-31",
    })
    void withoutAnyDateOnlyAbsoluteExpressionsResolve(String sentence, String expected) {
        assertEquals(expected, resolve(sentence, null, null));
    }

    /**
     * On wikievents-dev (../shared, read in place): how many gold attack dates some resolved date expression
     * of the article falls inside (the scorer's COR, reading a span by its first day). A ceiling for the
     * extractor's date slot, on a set looked at during development.
     */
    @Test
    void goldDatesAreAmongTheDatesResolvedOnTheDevSet() throws IOException {
        Path dev = Path.of("..", "shared", "datasets", "wikievents-dev");
        assumeTrue(Files.isDirectory(dev.resolve("gold")), dev + " absent, skipping");
        List<Path> files;
        try (Stream<Path> list = Files.list(dev.resolve("gold"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int gold = 0;
        int found = 0;
        int resolved = 0;
        List<String> missed = new ArrayList<>();
        for (Path file : files) {
            JsonNode article = Json.mapper().readTree(file.toFile());
            String id = article.get("article").asText();
            LocalDate published = article.get("published").isNull() ? null : LocalDate.parse(article.get("published").asText());
            Annotation annotation = new Annotation(Files.readString(dev.resolve("texts").resolve(id + ".txt"), StandardCharsets.UTF_8));
            if (published != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            }
            SUTIME.annotate(annotation);
            List<DateSpan> spans = new ArrayList<>();
            for (CoreMap timex : annotation.get(TimeAnnotations.TimexAnnotations.class)) {
                resolver.resolve(timex.get(TimeAnnotations.TimexAnnotation.class).value(),
                        timex.get(CoreAnnotations.TextAnnotation.class), published).ifPresent(spans::add);
            }
            resolved += spans.size();
            for (JsonNode event : article.get("events")) {
                JsonNode date = event.get("date");
                if (date == null || date.isNull()) {
                    continue;
                }
                gold++;
                DateSpan wanted = new DateSpan(LocalDate.parse(date.get("from").asText()), LocalDate.parse(date.get("to").asText()), null, null);
                if (spans.stream().anyMatch(s -> wanted.contains(s.from()))) {
                    found++;
                } else {
                    missed.add(id + " " + wanted.from() + ".." + wanted.to() + (event.get("optional").asBoolean() ? " (optional)" : ""));
                }
            }
        }
        System.out.printf("date recall ceiling on wikievents-dev: %d/%d gold dates found (%.3f); %d dates resolved in %d articles%n",
                found, gold, (double) found / gold, resolved, files.size());
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertTrue(gold > 0 && found >= gold * 0.5, found + "/" + gold);
    }
}
