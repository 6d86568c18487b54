package attackevents.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    @Test
    void beatsGreedy() {
        // Greedy takes the 3 and is left with 0; the optimum is 2.5 + 2.
        double[][] w = {{3, 2.5}, {2, 0}};
        assertArrayEquals(new int[] {1, 0}, Assignment.maximise(w));
    }

    @Test
    void zeroWeightPairsStayUnpaired() {
        assertArrayEquals(new int[] {-1, 1}, Assignment.maximise(new double[][] {{0, 0}, {0, 1}}));
    }

    @Test
    void rectangularBothWays() {
        assertArrayEquals(new int[] {2}, Assignment.maximise(new double[][] {{1, 0.5, 2}}));
        assertArrayEquals(new int[] {-1, 0, -1}, Assignment.maximise(new double[][] {{1}, {2}, {0.5}}));
        assertArrayEquals(new int[] {}, Assignment.maximise(new double[0][0]));
        assertArrayEquals(new int[] {-1, -1}, Assignment.maximise(new double[2][0]));
    }

    @Test
    void matchesExhaustiveSearchOnRandomMatrices() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int rows = random.nextInt(6);
            int cols = random.nextInt(6);
            double[][] w = new double[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    w[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(9) * 0.5;
                }
            }
            int[] got = Assignment.maximise(w);
            boolean[] used = new boolean[cols];
            double total = 0;
            for (int r = 0; r < rows; r++) {
                if (got[r] >= 0) {
                    assertEquals(false, used[got[r]], "a column used twice");
                    used[got[r]] = true;
                    total += w[r][got[r]];
                }
            }
            assertEquals(best(w, 0, new boolean[cols]), total, 1e-9, "trial " + trial);
        }
    }

    private static double best(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double best = best(w, row + 1, used);
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.max(best, w[row][c] + best(w, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }

    @Test
    void rejectsBadMatrices() {
        assertThrows(IllegalArgumentException.class, () -> Assignment.maximise(new double[][] {{1, 2}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> Assignment.maximise(new double[][] {{-1}}));
        assertThrows(IllegalArgumentException.class, () -> Assignment.maximise(new double[][] {{Double.NaN}}));
    }
}
