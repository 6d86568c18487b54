package attackevents.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an {@link Evaluation} as text: the per-slot and overall table (POS ACT COR PAR INC MIS SPU REC PRE F1),
 * the event detection line, the predicted articles that have no gold, and then, per article, every pair or
 * unpaired event with each non-COR verdict: predicted value, gold value and the predicted value's evidence.
 */
public final class TextReport {
    private static final String ROW = "%-11s %5s %5s %5s %5s %5s %5s %5s %6s %6s %6s%n";

    private TextReport() {
    }

    /**
     * Renders the report.
     *
     * @param evaluation  the evaluation
     * @param summaryOnly {@code true} for the table and the event detection line only
     * @return the text, lines ending in the platform's line separator
     */
    public static String render(Evaluation evaluation, boolean summaryOnly) {
        Objects.requireNonNull(evaluation, "evaluation");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "slot", "POS", "ACT", "COR", "PAR", "INC", "MIS", "SPU",
                "REC", "PRE", "F1"));
        for (Map.Entry<Slot, SlotCounts> e : evaluation.slots().entrySet()) {
            row(out, e.getKey().label(), e.getValue());
        }
        row(out, "overall", evaluation.overall());
        EventCounts events = evaluation.events();
        out.append(String.format(Locale.ROOT, "events: TP %d  FP %d  FN %d  precision %.3f  recall %.3f  F1 %.3f%n",
                events.tp(), events.fp(), events.fn(), events.precision(), events.recall(), events.f1()));
        if (summaryOnly) {
            return out.toString();
        }
        if (!evaluation.extraArticles().isEmpty()) {
            out.append(String.format("predicted articles with no gold (not scored): %s%n",
                    String.join(", ", evaluation.extraArticles())));
        }
        for (ArticleEvaluation article : evaluation.articles()) {
            mismatches(out, article);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, SlotCounts c) {
        out.append(String.format(Locale.ROOT, ROW, label, c.pos(), c.act(), c.cor(), c.par(), c.inc(), c.mis(),
                c.spu(), fixed(c.recall()), fixed(c.precision()), fixed(c.f1())));
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static void mismatches(StringBuilder out, ArticleEvaluation article) {
        boolean flawed = !article.predicted() || article.matches().stream()
                .anyMatch(m -> !m.paired() || m.verdicts().stream().anyMatch(v -> v.grade() != Grade.COR));
        if (!flawed) {
            return;
        }
        out.append(String.format("%n== %s%s%n", article.article(),
                !article.predicted() ? "  (no prediction for this article)"
                        : article.predictionReason() != null ? "  (prediction: " + article.predictionReason() + ")"
                        : ""));
        for (EventMatch match : article.matches()) {
            out.append("  ").append(heading(match)).append(System.lineSeparator());
            for (SlotVerdict v : match.verdicts()) {
                if (v.grade() == Grade.COR) {
                    continue;
                }
                out.append(String.format("    %-10s %s  predicted: %s | gold: %s%n", v.slot().label(), v.grade(),
                        shown(v.predicted()), shown(v.gold())));
                if (v.evidence() != null) {
                    out.append(String.format("               evidence: \"%s\"%n", v.evidence().strip()));
                }
            }
        }
    }

    private static String heading(EventMatch match) {
        if (match.paired()) {
            return "gold " + match.gold() + (match.optional() ? " (optional)" : "") + " <-> predicted "
                    + match.predicted();
        }
        if (match.gold() == null) {
            return "predicted " + match.predicted() + " unpaired (false positive)";
        }
        return "gold " + match.gold() + " unpaired" + (match.optional() ? " (optional: not penalised)" : "");
    }

    private static String shown(String value) {
        return value == null ? "-" : value;
    }
}
