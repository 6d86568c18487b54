package attackevents.source.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 and Atom feeds with jsoup's XML parser: the linked articles ({@code item/link}; Atom
 * {@code entry/link} with {@code rel} alternate or absent), their titles and publication dates
 * ({@code pubDate} in RFC 1123 / RFC 822 form; Atom {@code published}, else {@code updated}, ISO 8601).
 */
public final class FeedReader {
    /** RFC 822 dates as feeds write them: day name optional, zone as offset or name ("GMT", "EST"). */
    private static final DateTimeFormatter RFC_822_LENIENT =
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [z][Z][X]", Locale.ENGLISH);

    private FeedReader() {
    }

    /**
     * Reads a feed.
     *
     * @param xml     the feed's bytes (the XML declaration's encoding is honoured)
     * @param feedUrl the feed's URL, against which relative links are resolved
     * @return the feed's title and items
     * @throws IllegalArgumentException when the document is neither RSS nor Atom
     */
    public static Feed read(byte[] xml, String feedUrl) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(feedUrl, "feedUrl");
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(xml), null, feedUrl, Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the bytes are in memory
        }
        Element channel = doc.selectFirst("rss > channel");
        if (channel != null) {
            return readRss(channel);
        }
        Element feed = doc.selectFirst("feed");
        if (feed != null && feed.parent() == doc) {
            return readAtom(feed);
        }
        throw new IllegalArgumentException("not an RSS 2.0 or Atom feed");
    }

    private static Feed readRss(Element channel) {
        List<FeedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element item : channel.select("> item")) {
            Element link = item.selectFirst("> link");
            String url = link == null ? "" : resolve(link, link.text().trim());
            if (!url.isEmpty() && seen.add(url)) {
                items.add(new FeedItem(url, text(item, "> title"), rfc822Date(text(item, "> pubDate"))));
            }
        }
        return new Feed(text(channel, "> title"), items);
    }

    private static Feed readAtom(Element feed) {
        List<FeedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element entry : feed.select("> entry")) {
            String url = "";
            for (Element link : entry.select("> link[href]")) {
                String rel = link.attr("rel").trim();
                if (rel.isEmpty() || rel.equalsIgnoreCase("alternate")) {
                    url = link.absUrl("href");
                    break;
                }
            }
            if (!url.isEmpty() && seen.add(url)) {
                String date = text(entry, "> published");
                items.add(new FeedItem(url, text(entry, "> title"),
                        isoDate(date != null ? date : text(entry, "> updated"))));
            }
        }
        return new Feed(text(feed, "> title"), items);
    }

    /** A relative link in an RSS item is resolved against the feed's URL. */
    private static String resolve(Element context, String href) {
        if (href.isEmpty()) {
            return "";
        }
        try {
            return URI.create(context.baseUri()).resolve(href).toString();
        } catch (IllegalArgumentException e) {
            return href;
        }
    }

    private static String text(Element parent, String selector) {
        Element e = parent.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String t = e.text().trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * @param value an RFC 822 / RFC 1123 date-time, e.g. {@code Tue, 10 Jun 2003 04:00:00 GMT}
     * @return its date in its own offset, or {@code null} when absent or unreadable
     */
    static LocalDate rfc822Date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notStrict) {
            try {
                return ZonedDateTime.parse(value.replaceAll("\\s+", " "), RFC_822_LENIENT).toLocalDate();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /**
     * @param value an ISO 8601 date-time ({@code 2003-12-13T18:30:02Z}, with offset) or date
     * @return its date in its own offset, or {@code null} when absent or unreadable
     */
    static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
