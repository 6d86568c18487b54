package attackevents.source.web;

import java.util.Objects;

/**
 * What fetching one URL gave: a page, or the reason there is none.
 *
 * @param url         the URL asked for
 * @param finalUrl    the URL the page came from after redirects, or {@code null} on failure
 * @param status      the last HTTP status seen, or 0 when no response came
 * @param contentType the page's {@code Content-Type}, or {@code null}
 * @param charset     the charset named in {@code Content-Type}, or {@code null}
 * @param body        the page's bytes ({@code null} on failure); not copied, do not modify
 * @param failure     a one-line reason on failure, else {@code null}
 */
public record FetchResult(String url, String finalUrl, int status, String contentType, String charset,
                          byte[] body, String failure) {
    public FetchResult {
        Objects.requireNonNull(url, "url");
        if ((body == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of body and failure must be given");
        }
    }

    /**
     * @param url   the URL asked for
     * @param reply the final 2xx response
     * @return a successful fetch
     */
    public static FetchResult ok(String url, HttpReply reply) {
        return new FetchResult(url, reply.url(), reply.status(), reply.contentType(), reply.charset(),
                reply.body(), null);
    }

    /**
     * @param url    the URL asked for
     * @param status the last HTTP status seen, or 0
     * @param reason a one-line reason
     * @return a failed fetch
     */
    public static FetchResult failed(String url, int status, String reason) {
        return new FetchResult(url, null, status, null, null, null, reason);
    }

    /** @return whether a page was fetched */
    public boolean ok() {
        return body != null;
    }
}
