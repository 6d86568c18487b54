package attackevents.source.web;

import java.io.IOException;
import java.util.Objects;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * One GET with jsoup's HTTP client: no redirect followed (the {@link Fetcher} follows them itself to enforce its
 * limit), HTTP error statuses returned rather than thrown, and the body size capped.
 */
public final class HttpGetter {
    private final FetchOptions options;
    /** One jsoup session for all requests: they share its settings and its HTTP client (and connections). */
    private final Connection session;

    /** @param options user agent, time-outs and body limit */
    public HttpGetter(FetchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.session = Jsoup.newSession()
                .userAgent(options.userAgent())
                .timeout((int) options.requestTimeout().toMillis())
                // one byte over the limit: reading it tells a too-large body from one exactly at the limit
                .maxBodySize((int) (options.maxBodyBytes() + 1))
                .followRedirects(false)
                .ignoreHttpErrors(true)
                .ignoreContentType(true);
    }

    /**
     * Sends one GET.
     *
     * @param url an absolute http(s) URL
     * @return the response; its body read only when the status is 2xx
     * @throws BodyTooLargeException when the body is (or is declared) longer than the maximum
     * @throws IOException           on a time-out or connection error
     */
    public HttpReply get(String url) throws IOException {
        Objects.requireNonNull(url, "url");
        long max = options.maxBodyBytes();
        Connection.Response res = session.newRequest(url).execute();
        byte[] body = new byte[0];
        if (res.statusCode() >= 200 && res.statusCode() <= 299) {
            String declared = res.header("Content-Length");
            if (declared != null && parseLength(declared) > max) {
                res.bodyStream().close();
                throw new BodyTooLargeException(max); // refused before reading a byte of it
            }
            body = res.readFully().bodyAsBytes(); // jsoup stops reading at maxBodySize and closes
            if (body.length > max) {
                throw new BodyTooLargeException(max);
            }
        } else {
            res.bodyStream().close(); // not wanted: an error page or a redirect's note
        }
        return new HttpReply(url, res.statusCode(), res.contentType(), res.charset(), res.header("Location"),
                res.header("Retry-After"), body);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1; // unreadable: fall back to counting the bytes
        }
    }
}
