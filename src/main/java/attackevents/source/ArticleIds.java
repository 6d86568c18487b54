package attackevents.source;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Article ids for articles that have no file name: derived from their URL, stable across runs and machines,
 * and safe as a file name (the fetch command saves {@code <id>.html}).
 */
public final class ArticleIds {
    private static final int MAX_SLUG = 80;
    private static final int HASH_HEX_DIGITS = 10;

    private ArticleIds() {
    }

    /**
     * Makes an id from a URL: a readable slug of host and path, plus a short hash of the whole URL so that
     * pages differing only in query or in characters the slug drops still get different ids.
     * Example: {@code https://www.example.com/news/2019/blast.html?ref=rss} gives
     * {@code example.com-news-2019-blast.html-} followed by ten hex digits.
     *
     * @param url the URL (absolute; anything else is slugged as a whole)
     * @return an id of letters, digits, '.', '-' and '_' only, at most 91 characters
     * @throws IllegalArgumentException when the URL is blank
     */
    public static String fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("blank URL");
        }
        String slug = slug(readablePart(trimmed));
        return (slug.isEmpty() ? "page" : slug) + "-" + hash(normalise(trimmed));
    }

    private static String readablePart(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            if (host == null && uri.getAuthority() != null) {
                // java.net.URI has no host for internationalised names; their ASCII form is readable enough.
                host = IDN.toASCII(uri.getAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d+$", ""),
                        IDN.ALLOW_UNASSIGNED);
            }
            if (host == null) {
                return url;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            return host + path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._]+", "-")
                .replaceAll("\\.{2,}", ".")        // no ".." in a file name
                .replaceAll("^[-.]+|[-.]+$", "");  // nor a leading dot (hidden) or trailing separators
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("[-.]+$", "");
        }
        return slug;
    }

    private static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The form of a URL that two spellings of one address share: scheme and host lower-cased, default port
     * and fragment dropped, an empty path as "/". The id's hash is taken over it, so a page fetched as
     * {@code HTTP://Example.COM:80/a#top} and archived as {@code http://example.com/a} gets one id.
     */
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

}
