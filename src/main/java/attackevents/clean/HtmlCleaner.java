package attackevents.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction for HTML pages on jsoup: the article's body text (paragraphs, headings inside the
 * article, list items; no navigation, ads, related links, comments, captions or share bars), its title,
 * publication date and author.
 *
 * <p>The body is found the way Mozilla Readability finds it (see {@link ContentFinder}): furniture is pruned
 * ({@link DomPruner}), blocks are scored by text length, commas, link density and class/id hints from
 * {@code models/clean/class-hints.txt}, the best subtree is cleaned of link-heavy and image-heavy parts and
 * written out as paragraphs, and paragraphs that are page furniture ({@code models/clean/boilerplate-lines.txt})
 * or mostly links are dropped. When the result is short, it retries with fewer filters and keeps the longest
 * result, as Readability does.
 *
 * <p>Immutable and thread-safe; construct once. Never throws on malformed HTML.
 * Example: {@code new HtmlCleaner(Path.of("models")).clean(html, url).text()}.
 */
public final class HtmlCleaner {
    /** Readability's threshold: a body shorter than this makes it retry with fewer filters. */
    private static final int ENOUGH_TEXT = 500;
    private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;
    private static final double MAX_LINK_DENSITY = 0.8;
    private static final int MIN_CLUSTER_LINKS = 3;
    private static final int MIN_CLUSTER_CHARS = 50;
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}.*[.!?][\"'”’»)]*$");
    /** Container tags cleaned conditionally inside the chosen content. */
    private static final String CONDITIONAL = "div, section, table, ul, ol, dl, form";
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");

    private final ClassHints hints;
    private final BoilerplatePatterns boilerplate;
    private final DomPruner pruner;
    private final ContentFinder finder;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ParagraphWriter writer = new ParagraphWriter();

    /**
     * Loads the data files from {@code modelsDir/clean/}.
     *
     * @param modelsDir the {@code models} directory (e.g. {@code Path.of("models")})
     * @throws java.io.UncheckedIOException when a data file cannot be read
     */
    public HtmlCleaner(Path modelsDir) {
        this(new ClassHints(modelsDir.resolve("clean").resolve(ClassHints.FILE)),
                new BoilerplatePatterns(modelsDir.resolve("clean").resolve(BoilerplatePatterns.FILE)));
    }

    /**
     * @param hints       class/id hints
     * @param boilerplate whole-paragraph furniture patterns
     */
    public HtmlCleaner(ClassHints hints, BoilerplatePatterns boilerplate) {
        this.hints = Objects.requireNonNull(hints, "hints");
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
        this.pruner = new DomPruner(hints);
        this.finder = new ContentFinder(hints);
    }

    /**
     * Extracts the article from a page.
     *
     * @param html    the page's markup (may be malformed)
     * @param baseUrl the page's URL for resolving links, or {@code null}
     * @return the body text (empty when none was found) and the page metadata
     */
    public CleanedPage clean(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        Document doc;
        try {
            doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        } catch (RuntimeException e) {
            return new CleanedPage("", PageMetadata.NONE);
        }
        PageMetadata meta;
        try {
            meta = metadata.extract(doc);
        } catch (RuntimeException e) {
            meta = PageMetadata.NONE; // metadata is a bonus; a quirk there must not lose the body
        }
        String best = "";
        // Attempts from strictest to loosest, as Readability's flags: class hints, then conditional cleaning.
        boolean[][] attempts = {{true, true}, {false, true}, {false, false}};
        for (boolean[] attempt : attempts) {
            String text;
            try {
                text = body(doc.clone(), meta.title(), attempt[0], attempt[1]);
            } catch (RuntimeException e) {
                continue;
            }
            if (text.length() > best.length()) {
                best = text;
            }
            if (best.length() >= ENOUGH_TEXT) {
                break;
            }
        }
        return new CleanedPage(best, meta);
    }

    private String body(Document doc, String title, boolean useHints, boolean cleanConditionally) {
        Element body = doc.body();
        pruner.prune(body, useHints);
        List<Element> roots = finder.find(body, useHints);
        for (Element root : roots) {
            removeLinkClusters(root);
            if (cleanConditionally) {
                cleanConditionally(root, useHints);
            }
        }
        List<String> kept = new ArrayList<>();
        for (ParagraphWriter.Paragraph p : writer.paragraphs(roots)) {
            if (keep(p, title)) {
                kept.add(p.text());
            }
        }
        return String.join("\n\n", kept);
    }

    private boolean keep(ParagraphWriter.Paragraph p, String title) {
        if (p.tag().equals("h1") || title != null && p.isHeading() && p.text().equalsIgnoreCase(title)) {
            return false; // the headline is the title, not body text
        }
        // Mostly links: a teaser or a menu, unless it reads as a sentence (a lead whose names are all linked).
        if (p.linkDensity() > MAX_LINK_DENSITY
                || p.linkDensity() > MAX_PARAGRAPH_LINK_DENSITY && !SENTENCE_END.matcher(p.text()).find()) {
            return false;
        }
        return !boilerplate.matches(p.text());
    }

    /**
     * A cluster of links inside running text (a pop-up card of related headlines behind a name, a list of tags)
     * is not part of the sentence: removes inline elements of 3+ links that are nearly all link text.
     */
    private static void removeLinkClusters(Element root) {
        for (Element p : root.select("p, li")) {
            for (Element e : p.select("span, div, ul, ol")) {
                if (e.parent() != null && e.select("a").size() >= MIN_CLUSTER_LINKS
                        && e.text().length() >= MIN_CLUSTER_CHARS && ContentFinder.linkDensity(e) >= MAX_LINK_DENSITY) {
                    e.remove();
                }
            }
        }
    }

    /** Readability's conditional cleaning: drops link-heavy, image-heavy, form-like or tiny containers. */
    private void cleanConditionally(Element root, boolean useHints) {
        int rootLength = Math.max(1, root.text().length());
        List<Element> candidates = new ArrayList<>(root.select(CONDITIONAL));
        // Deepest first, so a container is judged after its inner furniture is gone.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e == root || e.parent() == null) {
                continue;
            }
            String text = e.text();
            // Never drop most of the article in one go: that is the scorer's decision, not this cleanup's.
            if (text.length() > rootLength * 0.5) {
                continue;
            }
            int weight = useHints ? hints.weight(e) : 0;
            if (weight < 0 || useHints && hints.has(ClassHints.Kind.REMOVE, e)) {
                e.remove();
                continue;
            }
            if (text.chars().filter(c -> c == ',').count() >= 10) {
                continue;
            }
            boolean isList = LISTS.contains(e.normalName());
            int paragraphs = e.select("p").size();
            int images = e.select("img").size();
            int items = e.select("li").size() - 100;
            int inputs = e.select("input").size();
            double linkDensity = ContentFinder.linkDensity(e);
            boolean remove = images > 1 && (double) paragraphs / images < 0.5
                    || !isList && items > paragraphs
                    || inputs > paragraphs / 3
                    || !isList && text.length() < 25 && (images == 0 || images > 2)
                    || !isList && weight < 25 && linkDensity > 0.2
                    || weight >= 25 && linkDensity > 0.5;
            if (remove) {
                e.remove();
            }
        }
    }
}
