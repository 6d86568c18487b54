package attackevents.eval.body;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void tokensAreUnicodeWordRunsWithCaseKept() {
        assertEquals(List.of("Don", "t", "stop", "Zürich", "北京", "x_1", "42"),
                Shingles.tokens("Don't  stop—Zürich; 北京! x_1 (42)."));
        assertEquals(List.of(), Shingles.tokens(null));
    }

    @Test
    void fourGramsOrTheWholeShortText() {
        assertEquals(Map.of("a b c d", 1, "b c d e", 1), Shingles.count("a b c d e", 4));
        assertEquals(Map.of("a b", 1), Shingles.count("a, b.", 4));
        assertEquals(Map.of(), Shingles.count("", 4));
        assertEquals(Map.of("a a a a", 2), Shingles.count("a a a a a", 4));
        assertThrows(IllegalArgumentException.class, () -> Shingles.count("a", 0));
    }

    @Test
    void matchCountsRepeatsAndNormalises() {
        // truth: 2 shingles (a b c d, b c d e); predicted: 3 (a b c d, b c d x, c d x y)
        double[] m = Shingles.match("a b c d e", "a b c d x y");
        assertArrayEquals(new double[] {1 / 4.0, 2 / 4.0, 1 / 4.0}, m, 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, Shingles.match("", "..."), 0);
        assertArrayEquals(new double[] {1, 0, 0}, Shingles.match("One two three four.", "One, two; three four"), 0);
        // case matters: "One" and "one" are different tokens
        assertArrayEquals(new double[] {0, 0.5, 0.5}, Shingles.match("One two three four", "one two three four"), 0);
    }
}
