package attackevents.eval;

/** The MUC-4 verdict on one slot filler: correct, partial, incorrect, missing or spurious. */
public enum Grade {
    /** The prediction matches the gold. */
    COR,
    /** The prediction matches in part (a shorter or longer name, the same month, only the country). */
    PAR,
    /** Both fill the slot and they disagree. */
    INC,
    /** The gold fills the slot and the prediction does not. */
    MIS,
    /** The prediction fills a slot the gold leaves empty. */
    SPU;

    /** @return the credit towards recall and precision: 1 for COR, 0.5 for PAR, 0 otherwise */
    public double credit() {
        return this == COR ? 1 : this == PAR ? 0.5 : 0;
    }
}
