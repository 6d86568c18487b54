package attackevents.eval;

import attackevents.output.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Several systems scored on the same gold, side by side: one block per slot and one for all slots, each with one
 * line per run (POS ACT COR PAR INC MIS SPU REC PRE F1), then event detection per run. The numbers are the
 * {@link EventScorer}'s, read from each run's {@link Evaluation}; nothing is scored here.
 */
public final class BenchmarkTable {
    /** The run-name column is at least this wide, wider when a name needs it. */
    private static final int MIN_NAME_WIDTH = 14;

    private BenchmarkTable() {
    }

    /**
     * Renders the table as text.
     *
     * @param runs the runs, in the order to show them; at least one
     * @return the table, lines ending in the platform's line separator
     */
    public static String render(List<BenchmarkRun> runs) {
        check(runs);
        int width = Math.max(MIN_NAME_WIDTH, runs.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        String tallies = " %5s %5s %5s %5s %5s %5s %5s %6s %6s %6s%n";
        String events = " %5s %5s %5s %6s %6s %6s%n";
        String row = "  %-" + width + "s" + tallies;
        String eventRow = "  %-" + width + "s" + events;
        String head = "%-" + (width + 2) + "s";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, head + tallies,
                "slot / run", "POS", "ACT", "COR", "PAR", "INC", "MIS", "SPU", "REC", "PRE", "F1"));
        for (Slot slot : Slot.values()) {
            out.append(slot.label()).append(System.lineSeparator());
            for (BenchmarkRun run : runs) {
                tally(out, row, run.name(), run.evaluation().slots().getOrDefault(slot, SlotCounts.ZERO));
            }
        }
        out.append("overall").append(System.lineSeparator());
        for (BenchmarkRun run : runs) {
            tally(out, row, run.name(), run.evaluation().overall());
        }
        out.append(String.format(Locale.ROOT, head + events,
                "events", "TP", "FP", "FN", "PRE", "REC", "F1"));
        for (BenchmarkRun run : runs) {
            EventCounts e = run.evaluation().events();
            out.append(String.format(Locale.ROOT, eventRow, run.name(), e.tp(), e.fp(), e.fn(),
                    fixed(e.precision()), fixed(e.recall()), fixed(e.f1())));
        }
        return out.toString();
    }

    /**
     * Builds the table as JSON: {@code {"runs": [{"name", "overall": {...}, "slots": {...}, "events": {...}}]}},
     * each tally as in {@link JsonReport}.
     *
     * @param runs the runs; at least one
     * @return the JSON tree
     */
    public static ObjectNode toJson(List<BenchmarkRun> runs) {
        check(runs);
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode array = root.putArray("runs");
        for (BenchmarkRun run : runs) {
            ObjectNode full = JsonReport.toJson(run.evaluation());
            full.remove("articles");
            ObjectNode node = array.addObject().put("name", run.name());
            node.setAll(full);
        }
        return root;
    }

    private static void check(List<BenchmarkRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
    }

    private static void tally(StringBuilder out, String row, String name, SlotCounts c) {
        out.append(String.format(Locale.ROOT, row, name, c.pos(), c.act(), c.cor(), c.par(), c.inc(), c.mis(),
                c.spu(), fixed(c.recall()), fixed(c.precision()), fixed(c.f1())));
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
