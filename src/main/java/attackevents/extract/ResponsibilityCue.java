package attackevents.extract;

/**
 * What a responsibility cue ({@code models/lexicon/responsibility-cues.tsv}) says about the name next to it.
 *
 * @param agentAfter whether the perpetrator's name follows the cue ("blamed on the Taliban") rather than
 *                   precedes it ("ISKP claimed responsibility")
 * @param weight     how strongly it marks that name as the perpetrator, added to the name's own score
 */
public record ResponsibilityCue(boolean agentAfter, double weight) {
}
