package attackevents.eval;

import java.util.Objects;

/**
 * Tallies of MUC-4 verdicts for one slot (or for all slots) and the measures derived from them, with 0/0
 * taken as 0.
 *
 * @param cor correct
 * @param par partial
 * @param inc incorrect
 * @param mis missing
 * @param spu spurious
 */
public record SlotCounts(int cor, int par, int inc, int mis, int spu) {
    /** No verdicts at all. */
    public static final SlotCounts ZERO = new SlotCounts(0, 0, 0, 0, 0);

    public SlotCounts {
        if (cor < 0 || par < 0 || inc < 0 || mis < 0 || spu < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * @param grade one verdict
     * @return a tally holding just that verdict
     */
    public static SlotCounts of(Grade grade) {
        Objects.requireNonNull(grade, "grade");
        return new SlotCounts(grade == Grade.COR ? 1 : 0, grade == Grade.PAR ? 1 : 0, grade == Grade.INC ? 1 : 0,
                grade == Grade.MIS ? 1 : 0, grade == Grade.SPU ? 1 : 0);
    }

    /**
     * @param other another tally
     * @return the sum of both
     */
    public SlotCounts plus(SlotCounts other) {
        return new SlotCounts(cor + other.cor, par + other.par, inc + other.inc, mis + other.mis, spu + other.spu);
    }

    /** @return slots the gold fills: COR + PAR + INC + MIS */
    public int pos() {
        return cor + par + inc + mis;
    }

    /** @return slots the system fills: COR + PAR + INC + SPU */
    public int act() {
        return cor + par + inc + spu;
    }

    /** @return COR + 0.5 PAR, the credit both measures share */
    public double credit() {
        return cor + 0.5 * par;
    }

    /** @return (COR + 0.5 PAR) / POS, or 0 when POS is 0 */
    public double recall() {
        return Measures.ratio(credit(), pos());
    }

    /** @return (COR + 0.5 PAR) / ACT, or 0 when ACT is 0 */
    public double precision() {
        return Measures.ratio(credit(), act());
    }

    /** @return 2PR / (P + R), or 0 when both are 0 */
    public double f1() {
        return Measures.f1(precision(), recall());
    }
}
