package attackevents.eval;

import java.util.Arrays;
import java.util.Objects;

/**
 * Optimal one-to-one assignment (the Hungarian algorithm, O(n²m)): pairs rows with columns so that the
 * total weight of the pairs is as high as possible. Used to pair gold with predicted events and gold with
 * predicted targets. No library on the project's class path offers it (checked: CoreNLP, OpenNLP), and it is
 * short enough not to warrant a graph library.
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * Finds a maximum-weight matching.
     *
     * @param weights {@code weights[row][col] >= 0}, a rectangular matrix; 0 means "not worth pairing"
     * @return for each row, its column, or -1 when the row stays unpaired (pairs of weight 0 are dropped)
     * @throws IllegalArgumentException for a ragged matrix or a negative or non-finite weight
     */
    static int[] maximise(double[][] weights) {
        Objects.requireNonNull(weights, "weights");
        int rows = weights.length;
        int cols = rows == 0 ? 0 : weights[0].length;
        for (double[] row : weights) {
            if (row.length != cols) {
                throw new IllegalArgumentException("ragged weight matrix");
            }
            for (double w : row) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("weight must be finite and >= 0: " + w);
                }
            }
        }
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        if (rows > cols) {
            int[] colToRow = maximise(transpose(weights));
            for (int c = 0; c < cols; c++) {
                if (colToRow[c] >= 0) {
                    result[colToRow[c]] = c;
                }
            }
            return result;
        }
        int[] rowOfCol = minimiseCost(weights, rows, cols);
        for (int c = 0; c < cols; c++) {
            if (rowOfCol[c] >= 0 && weights[rowOfCol[c]][c] > 0) {
                result[rowOfCol[c]] = c;
            }
        }
        return result;
    }

    /**
     * The classic potentials formulation for {@code rows <= cols}, on cost = -weight: every row gets a column.
     * Indices are 1-based inside, with column 0 a sentinel.
     */
    private static int[] minimiseCost(double[][] weights, int rows, int cols) {
        double[] u = new double[rows + 1];
        double[] v = new double[cols + 1];
        int[] p = new int[cols + 1];
        int[] way = new int[cols + 1];
        for (int i = 1; i <= rows; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[cols + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[cols + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= cols; j++) {
                    if (!used[j]) {
                        double cur = -weights[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= cols; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] rowOfCol = new int[cols];
        for (int j = 1; j <= cols; j++) {
            rowOfCol[j - 1] = p[j] - 1;
        }
        return rowOfCol;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[0].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }
}
