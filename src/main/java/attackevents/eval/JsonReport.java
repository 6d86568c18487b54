package attackevents.eval;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link Evaluation} as the JSON report of the {@code evaluate --json} option:
 * {@code {"overall": {...}, "slots": {"actor": {...}, ...}, "events": {...}, "articles": [...]}}, where each
 * tally has {@code precision recall f1 pos act cor par inc mis spu}, {@code events} has
 * {@code precision recall f1 tp fp fn}, and {@code articles} holds one entry per gold article
 * ({@code "status": "scored"} or {@code "no_prediction"}, its event tallies and every pair with its non-COR
 * verdicts) followed by one entry per predicted article with no gold ({@code "status": "no_gold"}).
 */
public final class JsonReport {
    private JsonReport() {
    }

    /**
     * Builds the report tree.
     *
     * @param evaluation the evaluation
     * @return the JSON object, ready for {@code Json.mapper().writeValue(...)}
     */
    public static ObjectNode toJson(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        ObjectNode root = Json.mapper().createObjectNode();
        tally(root.putObject("overall"), evaluation.overall());
        ObjectNode slots = root.putObject("slots");
        for (Map.Entry<Slot, SlotCounts> e : evaluation.slots().entrySet()) {
            tally(slots.putObject(e.getKey().label()), e.getValue());
        }
        events(root.putObject("events"), evaluation.events());
        ArrayNode articles = root.putArray("articles");
        for (ArticleEvaluation article : evaluation.articles()) {
            article(articles.addObject(), article);
        }
        for (String extra : evaluation.extraArticles()) {
            articles.addObject().put("article", extra).put("status", "no_gold");
        }
        return root;
    }

    private static void tally(ObjectNode node, SlotCounts c) {
        node.put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1())
                .put("pos", c.pos()).put("act", c.act()).put("cor", c.cor()).put("par", c.par())
                .put("inc", c.inc()).put("mis", c.mis()).put("spu", c.spu());
    }

    private static void events(ObjectNode node, EventCounts c) {
        node.put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1())
                .put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
    }

    private static void article(ObjectNode node, ArticleEvaluation article) {
        node.put("article", article.article()).put("status", article.predicted() ? "scored" : "no_prediction");
        if (article.predictionReason() != null) {
            node.put("prediction_reason", article.predictionReason());
        }
        events(node.putObject("events"), article.events());
        ObjectNode slots = node.putObject("slots");
        for (Slot slot : Slot.values()) {
            tally(slots.putObject(slot.label()), article.counts(slot));
        }
        ArrayNode matches = node.putArray("matches");
        for (EventMatch match : article.matches()) {
            ObjectNode m = matches.addObject();
            m.put("gold", match.gold()).put("predicted", match.predicted()).put("optional", match.optional());
            ArrayNode mismatches = m.putArray("mismatches");
            for (SlotVerdict v : match.verdicts()) {
                if (v.grade() != Grade.COR) {
                    mismatches.addObject().put("slot", v.slot().label()).put("grade", v.grade().name())
                            .put("predicted", v.predicted()).put("gold", v.gold()).put("evidence", v.evidence());
                }
            }
        }
    }
}
