package attackevents.clean;

import attackevents.output.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's title, publication date and author from its metadata: JSON-LD ({@code headline},
 * {@code datePublished}, {@code author}), OpenGraph and article meta tags, {@code itemprop} microdata,
 * {@code <time datetime>}, {@code <h1>} and {@code <title>}. Stateless and thread-safe.
 */
final class MetadataExtractor {
    // " | Site", " - Site", " — Site": a short last segment after one of these is taken for the site name.
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·»]\\s+|\\s*\\|\\s*");
    private static final int MAX_SITE_WORDS = 4;

    private static final String[] DATE_META = {
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
        "article:modified_time", "og:updated_time", "dateModified", "last-modified"
    };
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
        "dc.creator", "byl"};

    /**
     * @param doc a parsed page (not modified)
     * @return what its metadata says
     */
    PageMetadata extract(Document doc) {
        Objects.requireNonNull(doc, "doc");
        List<JsonNode> ld = jsonLd(doc);
        return new PageMetadata(title(doc, ld), published(doc, ld), author(doc, ld));
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(Json.mapper().readTree(script.data()), objects, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
        return objects;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static String title(Document doc, List<JsonNode> ld) {
        String og = meta(doc, "og:title", "twitter:title");
        if (og != null) {
            return stripSiteName(og);
        }
        for (JsonNode n : ld) {
            String headline = text(n.get("headline"));
            if (headline != null) {
                return headline;
            }
        }
        Element h1 = doc.selectFirst("article h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t.isBlank() ? null : stripSiteName(t.strip());
    }

    /** Drops trailing site names: short segments (up to 4 words) after a separator, keeping at least two words. */
    static String stripSiteName(String title) {
        String t = title.strip();
        while (true) {
            var m = TITLE_SEPARATOR.matcher(t);
            int lastStart = -1;
            int lastEnd = -1;
            while (m.find()) {
                lastStart = m.start();
                lastEnd = m.end();
            }
            if (lastStart <= 0) {
                return t;
            }
            String head = t.substring(0, lastStart).strip();
            String tail = t.substring(lastEnd).strip();
            if (tail.isEmpty() || tail.split("\\s+").length > MAX_SITE_WORDS || head.split("\\s+").length < 2) {
                return t;
            }
            t = head;
        }
    }

    private static LocalDate published(Document doc, List<JsonNode> ld) {
        for (JsonNode n : ld) {
            LocalDate d = DateParsing.parse(text(n.get("datePublished")));
            if (d == null) {
                d = DateParsing.parse(text(n.get("dateCreated")));
            }
            if (d != null) {
                return d;
            }
        }
        for (String name : DATE_META) {
            LocalDate d = DateParsing.parse(meta(doc, name));
            if (d != null) {
                return d;
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime], time")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            LocalDate d = DateParsing.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String author(Document doc, List<JsonNode> ld) {
        for (JsonNode n : ld) {
            String a = names(n.get("author"));
            if (a != null) {
                return a;
            }
        }
        for (String name : AUTHOR_META) {
            String a = meta(doc, name);
            if (a != null && !a.startsWith("http")) {
                return a;
            }
        }
        Element e = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], [class*=byline] [class*=author], [class*=author-name]");
        if (e != null) {
            String a = e.hasAttr("content") ? e.attr("content") : e.text();
            a = a.replaceFirst("(?i)^by\\s+", "").strip();
            if (!a.isEmpty() && a.length() < 120) {
                return a;
            }
        }
        return null;
    }

    private static String names(JsonNode author) {
        if (author == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(items::add);
        } else {
            items.add(author);
        }
        for (JsonNode item : items) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray() && n.size() > 0) {
            return text(n.get(0));
        }
        if (!n.isValueNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String meta(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[content]")) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name)) {
                    String v = m.attr("content").strip();
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
        }
        return null;
    }
}
