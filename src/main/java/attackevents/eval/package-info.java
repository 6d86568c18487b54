/**
 * Evaluation: gold readers (the project's fixture format, MUC-4 keys), the slot scorer of
 * {@code shared/spec/scoring.md} with optimal event pairing, and reports.
 */
package attackevents.eval;
