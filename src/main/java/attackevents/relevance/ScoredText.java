package attackevents.relevance;

import java.util.Objects;

/**
 * An example with the probability of relevance a classifier gave it.
 *
 * @param example     the labelled text
 * @param probability the probability of {@code relevant}
 */
public record ScoredText(LabelledText example, double probability) {
    public ScoredText {
        Objects.requireNonNull(example, "example");
    }
}
