package attackevents.source.web;

import attackevents.source.ArticleIds;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code fetch} run: each target fetched unless already stored, HTML pages stored with their sidecars,
 * every failure recorded and the run carried on. Feeds are fetched, read and their articles fetched in turn.
 */
public final class FetchJob {
    private final Fetcher fetcher;
    private final CorpusStore store;
    private final Clock clock;

    /**
     * @param fetcher fetches one URL
     * @param store   the corpus folder
     * @param clock   the clock for {@code fetchedAt} and failure times
     */
    public FetchJob(Fetcher fetcher, CorpusStore store, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Fetches and stores pages.
     *
     * @param targets the URLs, in order
     * @return the counts
     * @throws IOException when the corpus folder cannot be written (the one failure that stops the run)
     */
    public FetchSummary run(List<FetchTarget> targets) throws IOException {
        Objects.requireNonNull(targets, "targets");
        int fetched = 0;
        int skipped = 0;
        int failed = 0;
        for (FetchTarget target : targets) {
            String id = ArticleIds.fromUrl(target.url());
            if (store.has(id)) {
                skipped++;
            } else if (fetchPageOrRecord(id, target)) {
                fetched++;
            } else {
                failed++;
            }
        }
        return new FetchSummary(fetched, skipped, failed);
    }

    /**
     * Fetches a feed, then every article it links to.
     *
     * @param feedUrl the RSS or Atom feed's URL
     * @return the counts for the articles, plus one failure when the feed itself could not be had
     * @throws IOException when the corpus folder cannot be written
     */
    public FetchSummary runFeed(String feedUrl) throws IOException {
        Objects.requireNonNull(feedUrl, "feedUrl");
        FetchResult result = fetcher.fetch(feedUrl);
        if (!result.ok()) {
            return failure(feedUrl, "feed: " + result.failure());
        }
        Feed feed;
        try {
            feed = FeedReader.read(result.body(), result.finalUrl());
        } catch (IllegalArgumentException e) {
            return failure(feedUrl, "feed: " + e.getMessage());
        }
        return run(feed.items().stream().map(item -> FetchTarget.of(feed, item)).toList());
    }

    /** A bug or a library surprise on one page is recorded like any failure: it must not end the run. */
    private boolean fetchPageOrRecord(String id, FetchTarget target) throws IOException {
        try {
            return fetchPage(id, target);
        } catch (RuntimeException e) {
            record(target.url(), "unexpected error: " + e);
            return false;
        }
    }

    private boolean fetchPage(String id, FetchTarget target) throws IOException {
        FetchResult result = fetcher.fetch(target.url());
        if (!result.ok()) {
            record(target.url(), result.failure());
            return false;
        }
        if (!isHtml(result.contentType())) {
            record(target.url(), "not an HTML page (Content-Type " + result.contentType() + ")");
            return false;
        }
        DecodedPage page = PageDecoder.decode(result.body(), result.charset(), result.finalUrl());
        store.store(id, page.html(), new PageMeta(target.url(), result.finalUrl(), result.status(),
                clock.instant(), result.contentType(), page.charset(), target.feedTitle(), target.title(),
                target.published()));
        return true;
    }

    /** No Content-Type is given the benefit of the doubt; jsoup parses whatever comes. */
    static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mime.equals("text/html") || mime.equals("application/xhtml+xml");
    }

    private FetchSummary failure(String url, String reason) throws IOException {
        record(url, reason);
        return new FetchSummary(0, 0, 1);
    }

    private void record(String url, String reason) throws IOException {
        store.recordFailure(new FetchError(url, reason, clock.instant()));
    }
}
