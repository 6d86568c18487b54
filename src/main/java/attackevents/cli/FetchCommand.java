package attackevents.cli;

import attackevents.source.web.CorpusStore;
import attackevents.source.web.FetchJob;
import attackevents.source.web.FetchOptions;
import attackevents.source.web.FetchSummary;
import attackevents.source.web.FetchTarget;
import attackevents.source.web.Fetcher;
import attackevents.source.web.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code fetch} subcommand: downloads pages (or a feed's articles) politely into a corpus folder. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Downloads web pages into a corpus folder as <id>.html (UTF-8) and <id>.meta.json, "
                + "obeying robots.txt, one request at a time per host. Pages already stored are skipped, so "
                + "an interrupted run resumes; failures go to fetch-errors.jsonl and the run goes on."})
public final class FetchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "pages to fetch")
    List<String> urls = new ArrayList<>();

    @Option(names = "--urls", paramLabel = "FILE",
            description = "a file of URLs, one a line (blank lines and lines starting with # skipped)")
    Path urlsFile;

    @Option(names = "--feed", paramLabel = "URL", description = "an RSS 2.0 or Atom feed whose articles to fetch")
    List<String> feeds = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "CORPUS_DIR", required = true,
            description = "the corpus folder (created when missing)")
    Path output;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent header (default: ${DEFAULT-VALUE})")
    String userAgent = FetchOptions.DEFAULT.userAgent();

    @Option(names = "--connect-timeout-ms", paramLabel = "MS",
            description = "time to connect (default: ${DEFAULT-VALUE}); jsoup enforces connect + read "
                    + "time-out as one budget per request")
    long connectTimeoutMs = FetchOptions.DEFAULT.connectTimeout().toMillis();

    @Option(names = "--read-timeout-ms", paramLabel = "MS", description = "time to read a response "
            + "(default: ${DEFAULT-VALUE})")
    long readTimeoutMs = FetchOptions.DEFAULT.readTimeout().toMillis();

    @Option(names = "--max-body-bytes", paramLabel = "N",
            description = "largest page accepted; a larger one is a failure (default: ${DEFAULT-VALUE})")
    long maxBodyBytes = FetchOptions.DEFAULT.maxBodyBytes();

    @Option(names = "--max-redirects", paramLabel = "N", description = "redirects followed (default: ${DEFAULT-VALUE})")
    int maxRedirects = FetchOptions.DEFAULT.maxRedirects();

    @Option(names = "--delay-ms", paramLabel = "MS",
            description = "least time between two requests to one host (default: ${DEFAULT-VALUE})")
    long delayMs = FetchOptions.DEFAULT.hostDelay().toMillis();

    @Option(names = "--retries", paramLabel = "N",
            description = "retries after a time-out, connection error, 429 or 5xx (default: ${DEFAULT-VALUE})")
    int retries = RetryPolicy.DEFAULT.maxRetries();

    @Option(names = "--retry-base-ms", paramLabel = "MS",
            description = "first back-off, doubled for each further retry (default: ${DEFAULT-VALUE})")
    long retryBaseMs = RetryPolicy.DEFAULT.baseDelay().toMillis();

    @Option(names = "--retry-max-ms", paramLabel = "MS",
            description = "longest single wait, also the cap on Retry-After (default: ${DEFAULT-VALUE})")
    long retryMaxMs = RetryPolicy.DEFAULT.maxDelay().toMillis();

    @Override
    public Integer call() throws IOException {
        FetchOptions options = options();
        List<FetchTarget> targets = new ArrayList<>();
        for (String url : allUrls()) {
            targets.add(FetchTarget.of(checkedUrl(url)));
        }
        for (String feed : feeds) {
            checkedUrl(feed);
        }
        if (targets.isEmpty() && feeds.isEmpty()) {
            throw new UserError("nothing to fetch: give URLs, --urls FILE or --feed URL");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserError("not a folder: " + output); // else the one-word message of a failed mkdir
        }
        Clock clock = Clock.systemUTC();
        FetchJob job = new FetchJob(new Fetcher(options, clock), new CorpusStore(output), clock);
        FetchSummary summary = job.run(targets);
        for (String feed : feeds) {
            summary = summary.plus(job.runFeed(feed.trim()));
        }
        spec.commandLine().getErr().println(summary.line());
        return 0;
    }

    private FetchOptions options() {
        try {
            RetryPolicy retry = new RetryPolicy(retries, Duration.ofMillis(retryBaseMs), Duration.ofMillis(retryMaxMs));
            return new FetchOptions(userAgent, Duration.ofMillis(connectTimeoutMs), Duration.ofMillis(readTimeoutMs),
                    maxBodyBytes, maxRedirects, Duration.ofMillis(delayMs), retry);
        } catch (IllegalArgumentException e) {
            throw new UserError("bad option: " + e.getMessage());
        }
    }

    private List<String> allUrls() throws IOException {
        List<String> all = new ArrayList<>(urls);
        if (urlsFile != null) {
            if (!Files.isRegularFile(urlsFile)) {
                throw new UserError("no such file: " + urlsFile);
            }
            for (String line : Files.readAllLines(urlsFile, StandardCharsets.UTF_8)) {
                String url = line.strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    all.add(url);
                }
            }
        }
        return all;
    }

    private static String checkedUrl(String url) {
        try {
            Fetcher.parse(url);
            return url.trim();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
