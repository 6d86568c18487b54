package attackevents.source.web;

/**
 * The counts of one fetch run.
 *
 * @param fetched pages fetched and stored
 * @param skipped pages already stored by an earlier run
 * @param failed  URLs that failed (each a line in {@code fetch-errors.jsonl})
 */
public record FetchSummary(int fetched, int skipped, int failed) {
    public FetchSummary {
        if (fetched < 0 || skipped < 0 || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /**
     * @param other another run's counts
     * @return the sums
     */
    public FetchSummary plus(FetchSummary other) {
        return new FetchSummary(fetched + other.fetched, skipped + other.skipped, failed + other.failed);
    }

    /** @return the line printed at the end of a run */
    public String line() {
        return "fetched " + fetched + ", skipped " + skipped + " (already stored), failed " + failed
                + " (see " + CorpusStore.ERRORS_FILE + ")";
    }
}
