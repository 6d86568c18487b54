/**
 * Downloading articles from the web like a polite crawler: one request at a time per host with a delay
 * between them ({@link attackevents.source.web.HostThrottle}), robots.txt obeyed
 * ({@link attackevents.source.web.RobotsCache}), retries with back-off on transient failures
 * ({@link attackevents.source.web.RetryPolicy}), a size cap and a redirect limit
 * ({@link attackevents.source.web.Fetcher}), RSS and Atom feeds ({@link attackevents.source.web.FeedReader}),
 * and a corpus folder that a second run resumes ({@link attackevents.source.web.CorpusStore}).
 * {@link attackevents.source.web.FetchJob} ties them together for the {@code fetch} command.
 */
package attackevents.source.web;
