package attackevents.eval;

/** The shared arithmetic of the measures: ratios with 0/0 taken as 0, and F1. */
final class Measures {
    private Measures() {
    }

    /** @return {@code num / den}, or 0 when {@code den} is 0 */
    static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }

    /** @return 2PR / (P + R), or 0 when both are 0 */
    static double f1(double precision, double recall) {
        return ratio(2 * precision * recall, precision + recall);
    }
}
