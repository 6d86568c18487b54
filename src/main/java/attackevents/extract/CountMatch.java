package attackevents.extract;

import attackevents.model.Count;

/** TEMPORARY stand-in until the counts branch is merged. */
public record CountMatch(int start, int end, Count count) {
}
