package attackevents.source.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Article ids derived from URLs: readable (host and path) and stable (same URL, same id, on every run and
 * machine), safe as a file name, with a short hash so that URLs with the same slug stay apart.
 *
 * <p>Same contract as {@code attackevents.source.ArticleIds.fromUrl}, written in parallel elsewhere; this copy
 * keeps the {@code fetch} branch self-contained until the two are folded together.
 */
public final class UrlIds {
    private static final int MAX_SLUG = 80;

    private UrlIds() {
    }

    /**
     * The id of the article at a URL, e.g. {@code www.example.com_news-2024-blast-html_3f2a9c1b}.
     * The URL is normalised first: scheme and host lower-cased, the default port and the fragment (never sent
     * to the server) dropped, so {@code HTTP://Example.com:80/a#top} and {@code http://example.com/a} share an id.
     *
     * @param url an absolute URL
     * @return host, a slug of the path and query, and 8 hex digits of the SHA-256 of the normalised URL,
     *         joined by {@code _}; only {@code [a-z0-9._-]}
     */
    public static String fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("blank URL");
        }
        String normal = normalise(url.trim());
        String host = "";
        String rest = normal;
        try {
            URI uri = new URI(normal);
            if (uri.getHost() != null) {
                host = slug(uri.getHost(), true);
                rest = (uri.getRawPath() == null ? "" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "-" + uri.getRawQuery());
            }
        } catch (URISyntaxException e) {
            // not a URL we can take apart: the slug is made of the whole text
        }
        String path = slug(rest, false);
        StringBuilder id = new StringBuilder(host.isEmpty() ? "url" : host);
        if (!path.isEmpty()) {
            id.append('_').append(path.length() > MAX_SLUG ? path.substring(0, MAX_SLUG) : path);
        }
        return trimDashes(id.toString()) + "_" + shortHash(normal);
    }

    static String normalise(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (port == -1 || defaultPort ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url; // still a stable id: the hash of the text as given
        }
    }

    /** Lower-cases and turns every run of other characters into one '-' (dots kept in host names). */
    private static String slug(String text, boolean keepDots) {
        String pattern = keepDots ? "[^a-z0-9.]+" : "[^a-z0-9]+";
        return trimDashes(text.toLowerCase(Locale.ROOT).replaceAll(pattern, "-"));
    }

    private static String trimDashes(String s) {
        return s.replaceAll("^[-.]+|[-.]+$", "");
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
