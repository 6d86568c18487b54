package attackevents.eval;

import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.model.AttackType;
import attackevents.model.Count;
import attackevents.model.DateSpan;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.model.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares one gold event with one predicted event slot by slot, as {@code shared/spec/scoring.md} ("One slot")
 * says. Either side may be absent: an unpaired gold event yields MIS for each filled slot, an unpaired
 * predicted event SPU.
 *
 * <p>Readings of the spec made here:
 * <ul>
 * <li>{@code targets}: gold and predicted targets are paired optimally (most COR + 0.5 PAR); gold and
 *     predicted targets left over are then paired as INC while both remain (the gold target's "best predicted
 *     target" matches nothing), and only the rest are MIS or SPU. POS and ACT are the same either way.</li>
 * <li>{@code place}: a prediction with only a country is graded as that country name against the gold names
 *     (a gold place with only a country is graded against that country), and an INC becomes PAR when the
 *     normalised countries are equal.</li>
 * <li>{@code suicide}: {@code false} is the empty value (gold-format.md), so it never earns a COR by default;
 *     the slot exists only where the gold event is a bombing, so an unpaired predicted event adds no SPU for it.</li>
 * <li>{@code date}: the predicted day is {@code from}, or {@code to} when {@code from} is open; "same month"
 *     means the month of that day overlaps the gold range.</li>
 * </ul>
 */
public final class EventComparer {
    private EventComparer() {
    }

    /**
     * Compares two events.
     *
     * @param gold      the gold event, or {@code null} for an unpaired predicted event
     * @param predicted the predicted event, or {@code null} for an unpaired gold event
     * @return one verdict per filled slot filler, in {@link Slot} order (empty-on-both-sides slots are left out)
     * @throws IllegalArgumentException when both are {@code null}
     */
    public static List<SlotVerdict> compare(GoldEvent gold, AttackEvent predicted) {
        if (gold == null && predicted == null) {
            throw new IllegalArgumentException("nothing to compare");
        }
        List<SlotVerdict> out = new ArrayList<>();
        actor(gold == null ? List.of() : gold.actor(), predicted == null ? null : predicted.actor(), out);
        targets(gold == null ? List.of() : gold.targets(), predicted == null ? List.of() : predicted.targets(), out);
        place(gold == null ? null : gold.place(), predicted == null ? null : predicted.place(), out);
        count(Slot.FATALITIES, gold == null ? null : gold.fatalities(),
                predicted == null ? null : predicted.fatalities(), out);
        count(Slot.INJURED, gold == null ? null : gold.injured(), predicted == null ? null : predicted.injured(), out);
        type(gold == null ? null : gold.type(), predicted, out);
        date(gold == null ? null : gold.date(), predicted == null ? null : predicted.date(), out);
        if (gold != null && gold.type() == AttackType.BOMBING) {
            suicide(gold.suicide(), predicted, out);
        }
        return List.copyOf(out);
    }

    private static void actor(List<String> gold, Actor predicted, List<SlotVerdict> out) {
        String goldText = gold.isEmpty() ? null : ValueFormat.names(gold);
        if (predicted == null) {
            missing(Slot.ACTOR, goldText, out);
            return;
        }
        String shown = predicted.canonical().equals(predicted.text())
                ? predicted.text() : predicted.text() + " [" + predicted.canonical() + "]";
        Grade grade = gold.isEmpty() ? Grade.SPU
                : NameMatcher.better(NameMatcher.grade(predicted.text(), gold),
                        NameMatcher.grade(predicted.canonical(), gold));
        out.add(new SlotVerdict(Slot.ACTOR, grade, shown, goldText, ValueFormat.sentence(predicted.evidence())));
    }

    private static void targets(List<List<String>> gold, List<Target> predicted, List<SlotVerdict> out) {
        double[][] credit = new double[gold.size()][predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                credit[g][p] = NameMatcher.grade(predicted.get(p).text(), gold.get(g)).credit();
            }
        }
        int[] match = Assignment.maximise(credit);
        boolean[] predictedUsed = new boolean[predicted.size()];
        for (int p : match) {
            if (p >= 0) {
                predictedUsed[p] = true;
            }
        }
        int nextFree = 0;
        for (int g = 0; g < gold.size(); g++) {
            int p = match[g];
            if (p < 0) {
                while (nextFree < predicted.size() && predictedUsed[nextFree]) {
                    nextFree++;
                }
                if (nextFree < predicted.size()) {
                    p = nextFree;
                    predictedUsed[p] = true;
                }
            }
            String goldText = ValueFormat.names(gold.get(g));
            if (p < 0) {
                missing(Slot.TARGETS, goldText, out);
            } else {
                Target t = predicted.get(p);
                Grade grade = credit[g][p] == 1 ? Grade.COR : credit[g][p] > 0 ? Grade.PAR : Grade.INC;
                out.add(new SlotVerdict(Slot.TARGETS, grade, t.text(), goldText, ValueFormat.sentence(t.evidence())));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedUsed[p]) {
                Target t = predicted.get(p);
                out.add(new SlotVerdict(Slot.TARGETS, Grade.SPU, t.text(), null, ValueFormat.sentence(t.evidence())));
            }
        }
    }

    private static void place(GoldPlace gold, Place predicted, List<SlotVerdict> out) {
        List<String> acceptable = gold == null ? List.of()
                : !gold.names().isEmpty() ? gold.names()
                : gold.country() == null ? List.of() : List.of(gold.country());
        String goldText = acceptable.isEmpty() ? null : ValueFormat.goldPlace(gold);
        if (predicted == null) {
            missing(Slot.PLACE, goldText, out);
            return;
        }
        Grade grade = Grade.SPU;
        if (!acceptable.isEmpty()) {
            String name = predicted.name() != null ? predicted.name() : predicted.country();
            grade = NameMatcher.grade(name, acceptable);
            if (grade == Grade.INC && sameCountry(gold.country(), predicted.country())) {
                grade = Grade.PAR;
            }
        }
        out.add(new SlotVerdict(Slot.PLACE, grade, ValueFormat.place(predicted), goldText,
                ValueFormat.sentence(predicted.evidence())));
    }

    private static boolean sameCountry(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        String g = NameNormalizer.normalize(gold);
        return !g.isEmpty() && g.equals(NameNormalizer.normalize(predicted));
    }

    private static void count(Slot slot, Count gold, Count predicted, List<SlotVerdict> out) {
        single(slot, gold, predicted, ValueFormat::count,
                (g, p) -> g.contains(p.min()) ? Grade.COR : Grade.INC, Count::evidence, out);
    }

    private static void type(AttackType gold, AttackEvent predicted, List<SlotVerdict> out) {
        AttackType type = predicted == null ? null : predicted.type();
        String evidence = predicted == null ? null : firstSentence(predicted);
        add(Slot.TYPE, gold, type, AttackType::jsonName,
                (g, p) -> g == p ? Grade.COR : Grade.INC, evidence, out);
    }

    private static void date(DateSpan gold, DateSpan predicted, List<SlotVerdict> out) {
        single(Slot.DATE, gold, predicted, ValueFormat::date, EventComparer::gradeDate,
                DateSpan::evidence, out);
    }

    private static Grade gradeDate(DateSpan gold, DateSpan predicted) {
        LocalDate day = predicted.from() != null ? predicted.from() : predicted.to();
        if (gold.contains(day)) {
            return Grade.COR;
        }
        YearMonth month = YearMonth.from(day);
        boolean sameMonth = (gold.from() == null || !month.isBefore(YearMonth.from(gold.from())))
                && (gold.to() == null || !month.isAfter(YearMonth.from(gold.to())));
        return sameMonth ? Grade.PAR : Grade.INC;
    }

    private static void suicide(boolean gold, AttackEvent predicted, List<SlotVerdict> out) {
        Boolean predictedValue = predicted != null && predicted.suicide() ? Boolean.TRUE : null;
        add(Slot.SUICIDE, gold ? Boolean.TRUE : null, predictedValue, String::valueOf,
                (g, p) -> Grade.COR, predicted == null ? null : firstSentence(predicted), out);
    }

    private static String firstSentence(AttackEvent event) {
        return event.evidence().isEmpty() ? null : event.evidence().get(0).sentence();
    }

    private static <T> void single(Slot slot, T gold, T predicted, Function<T, String> shown, Grader<T> grader,
                                   Function<T, Evidence> evidence, List<SlotVerdict> out) {
        add(slot, gold, predicted, shown, grader,
                predicted == null ? null : ValueFormat.sentence(evidence.apply(predicted)), out);
    }

    /** One single-valued slot: MIS, SPU, or the grader's verdict when both are filled. */
    private static <T> void add(Slot slot, T gold, T predicted, Function<T, String> shown, Grader<T> grader,
                                String evidence, List<SlotVerdict> out) {
        if (gold == null && predicted == null) {
            return;
        }
        Grade grade = gold == null ? Grade.SPU : predicted == null ? Grade.MIS : grader.grade(gold, predicted);
        out.add(new SlotVerdict(slot, grade, predicted == null ? null : shown.apply(predicted),
                gold == null ? null : shown.apply(gold), evidence));
    }

    private static void missing(Slot slot, String gold, List<SlotVerdict> out) {
        if (gold != null) {
            out.add(new SlotVerdict(slot, Grade.MIS, null, gold, null));
        }
    }

    /** Grades two filled values of one slot. */
    @FunctionalInterface
    private interface Grader<T> {
        Grade grade(T gold, T predicted);
    }
}
