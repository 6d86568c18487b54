package attackevents;

import attackevents.model.ArticleRecord;

/**
 * What one extraction run did.
 *
 * @param articles how many articles were read (one record each)
 * @param events   how many events were found
 * @param skipped  articles deliberately not processed (e.g. not English)
 * @param errors   articles that could not be processed
 * @param noEvents articles read through that report no incident ({@link ArticleRecord#noEvents()})
 */
public record RunSummary(long articles, long events, long skipped, long errors, long noEvents) {

    /** Counts records as they pass; used on one thread. */
    static final class Counter {
        private long articles;
        private long events;
        private long skipped;
        private long errors;
        private long noEvents;

        void add(ArticleRecord r) {
            articles++;
            events += r.events().size();
            skipped += r.skipped() != null ? 1 : 0;
            errors += r.error() != null ? 1 : 0;
            noEvents += r.noEvents() != null ? 1 : 0;
        }

        RunSummary summary() {
            return new RunSummary(articles, events, skipped, errors, noEvents);
        }
    }
}
