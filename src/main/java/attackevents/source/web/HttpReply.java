package attackevents.source.web;

import java.util.Objects;

/**
 * One HTTP response as the fetcher needs it. The body is read only for 2xx responses.
 *
 * @param url         the URL requested
 * @param status      the HTTP status code
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param charset     the charset named in {@code Content-Type}, or {@code null}
 * @param location    the {@code Location} header, or {@code null}
 * @param retryAfter  the {@code Retry-After} header, or {@code null}
 * @param body        the body bytes (empty when not read); not copied, do not modify
 */
public record HttpReply(String url, int status, String contentType, String charset, String location,
                        String retryAfter, byte[] body) {
    public HttpReply {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }

    /** @return whether the status is 2xx */
    public boolean success() {
        return status >= 200 && status <= 299;
    }

    /** @return whether the status is a redirect that names where to go (301, 302, 303, 307, 308) */
    public boolean redirect() {
        return location != null && (status == 301 || status == 302 || status == 303 || status == 307
                || status == 308);
    }
}
