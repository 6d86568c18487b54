package attackevents.eval.body;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's scores for a set of pages.
 *
 * @param precision mean precision over pages with predicted or true shingles
 * @param recall    mean recall over pages with true shingles
 * @param f1        harmonic mean of the two means
 * @param pages     how many pages were scored
 * @param perPage   each page's score, in ground-truth order
 */
public record BodyReport(double precision, double recall, double f1, int pages, List<PageScore> perPage) {
    public BodyReport {
        perPage = List.copyOf(perPage);
    }

    /**
     * @return a text table: the totals, then the pages from worst to best F1
     */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "pages=%d  precision=%.4f  recall=%.4f  F1=%.4f%n",
                pages, precision, recall, f1));
        sb.append(String.format(Locale.ROOT, "%-20s %9s %9s %9s%n", "page", "precision", "recall", "f1"));
        perPage.stream().sorted(Comparator.comparingDouble(PageScore::f1)).forEach(p -> sb.append(String.format(
                Locale.ROOT, "%-20s %9.4f %9.4f %9.4f%n", shorten(p.id()), p.precision(), p.recall(), p.f1())));
        return sb.toString();
    }

    private static String shorten(String id) {
        return id.length() <= 20 ? id : id.substring(0, 20);
    }
}
