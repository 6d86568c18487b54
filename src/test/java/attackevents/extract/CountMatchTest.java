package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import attackevents.model.Count;
import org.junit.jupiter.api.Test;

/** CountMatch rejects spans that cannot be right. */
class CountMatchTest {
    @Test
    void rejectsEmptyOrNegativeSpansAndNullCounts() {
        Count eight = Count.exactly(8);
        new CountMatch(0, 5, eight);
        assertThrows(IllegalArgumentException.class, () -> new CountMatch(-1, 5, eight));
        assertThrows(IllegalArgumentException.class, () -> new CountMatch(5, 5, eight));
        assertThrows(NullPointerException.class, () -> new CountMatch(0, 5, null));
    }
}
