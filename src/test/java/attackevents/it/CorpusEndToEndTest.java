package attackevents.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import attackevents.cli.Main;
import attackevents.eval.ArticleEvaluation;
import attackevents.eval.EventMatch;
import attackevents.eval.EventScorer;
import attackevents.eval.Evaluation;
import attackevents.eval.GoldReader;
import attackevents.eval.Grade;
import attackevents.eval.PredictionReader;
import attackevents.eval.Slot;
import attackevents.eval.SlotVerdict;
import attackevents.output.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code extract} then {@code evaluate} on the project's own corpus (the two seed articles and their
 * hand-written gold): every non-optional event found with actor, place and fatalities right, and F1 floors.
 */
class CorpusEndToEndTest {
    private static final Path ARTICLES = Path.of("corpus", "articles");
    private static final Path GOLD = Path.of("corpus", "gold");
    private static final Set<Slot> MUST_BE_RIGHT = Set.of(Slot.ACTOR, Slot.PLACE, Slot.FATALITIES);

    @TempDir
    static Path tmp;
    private static Path predicted;
    private static Evaluation evaluation;

    @BeforeAll
    static void extractAndScore() throws IOException {
        predicted = tmp.resolve("events.jsonl");
        List<String> lines = new ArrayList<>();
        SharedPipeline.get().extract(List.of(ARTICLES), r -> {
            try {
                lines.add(Json.mapper().writeValueAsString(r));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Files.write(predicted, lines);
        evaluation = new EventScorer().score(new GoldReader().read(GOLD), new PredictionReader().read(predicted));
    }

    @Test
    void everyRequiredEventIsFoundWithActorPlaceAndFatalitiesRight() {
        for (ArticleEvaluation article : evaluation.articles()) {
            for (EventMatch match : article.matches()) {
                if (match.gold() == null || match.optional()) {
                    continue;
                }
                String where = article.article() + " gold event " + match.gold();
                assertTrue(match.paired(), where + " was not found");
                for (SlotVerdict v : match.verdicts()) {
                    if (MUST_BE_RIGHT.contains(v.slot())) {
                        assertEquals(Grade.COR, v.grade(), where + " " + v.slot() + ": predicted " + v.predicted()
                                + ", gold " + v.gold());
                    }
                }
            }
        }
    }

    @Test
    void scoresStayAboveTheirFloors() {
        // floors a little under the scores measured when this test was written (0.857 overall, 1.0 events)
        assertTrue(evaluation.overall().f1() >= 0.80, "overall F1 " + evaluation.overall().f1());
        assertTrue(evaluation.events().f1() >= 0.90, "event F1 " + evaluation.events().f1());
    }

    @Test
    void evaluateCommandReadsTheExtractOutput() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        int exit = cmd.execute("evaluate", "--gold", GOLD.toString(), "--predicted", predicted.toString(), "--quiet");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("overall"), out.toString());
    }

    @Test
    void everyArticleYieldsOneRecordWithEvidenceInsideItsSentence() throws IOException {
        List<String> lines = Files.readAllLines(predicted);
        try (var files = Files.list(ARTICLES)) {
            assertEquals(files.filter(p -> p.toString().endsWith(".txt")).count(), lines.size());
        }
        for (var record : new PredictionReader().read(predicted).values()) {
            for (var event : record.events()) {
                for (var e : event.evidence()) {
                    assertTrue(e.end() > e.start() && e.end() - e.start() <= e.sentence().length(), e.toString());
                }
                if (event.actor() != null && event.actor().evidence() != null) {
                    String sentence = event.actor().evidence().sentence();
                    assertTrue(sentence.contains(event.actor().text()), sentence);
                }
            }
        }
    }
}
