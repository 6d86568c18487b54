package attackevents.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text from a parsed page before scoring: scripts, forms, navigation, hidden
 * elements, media and, when asked, elements whose class or id names page furniture. Thread-safe.
 */
final class DomPruner {
    /** Tags whose content is never article text (trafilatura's and Readability's lists). */
    private static final Set<String> ALWAYS = Set.of("script", "style", "noscript", "iframe", "svg", "canvas",
            "template", "object", "embed", "applet", "audio", "video", "picture", "source", "map", "button", "input",
            "select", "textarea", "option", "label", "fieldset", "dialog", "menu", "nav", "aside", "figure",
            "figcaption", "head", "link", "meta", "math", "frame", "frameset");
    /** Tags that are page furniture unless they hold most of the page's text (some sites wrap all in a form). */
    private static final Set<String> UNLESS_BIG = Set.of("form", "footer", "header");
    /** Never removed on a class hint: removing them would take the article with them. */
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main");
    private static final String ARTICLE_MARKERS = "h1, main, [itemprop=articleBody]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final ClassHints hints;

    DomPruner(ClassHints hints) {
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    /**
     * Prunes {@code root} in place.
     *
     * @param root         the body (or the whole document)
     * @param useClassHint whether to remove elements whose class/id has a {@code [remove]} hint
     */
    void prune(Element root, boolean useClassHint) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
        int total = Math.max(1, root.text().length());
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String tag = e.normalName();
            if (ALWAYS.contains(tag) || isHidden(e) || isStandaloneMetadata(e)) {
                doomed.add(e);
            } else if (UNLESS_BIG.contains(tag) && e.text().length() < total * 0.4) {
                doomed.add(e);
            } else if (useClassHint && !KEEP.contains(tag) && isFurniture(e)) {
                doomed.add(e);
            }
        }
        // Removing an ancestor first makes later removals of its descendants harmless no-ops.
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Readability's rule: an "unlikely" class/id unless it also says "content", "article", "main" ... Also spared:
     * a wrapper around the headline or the marked-up article body, whatever its class says (a page-wide
     * "has-ads" or "social-theme" class must not take the article with it).
     */
    private boolean isFurniture(Element e) {
        String s = ClassHints.classAndId(e);
        return hints.has(ClassHints.Kind.REMOVE, s) && !hints.has(ClassHints.Kind.POSITIVE, s)
                && e.selectFirst(ARTICLE_MARKERS) == null;
    }

    /** Dates and author names outside running text are metadata (read separately), not body text. */
    private static boolean isStandaloneMetadata(Element e) {
        boolean metadata = e.normalName().equals("time") || e.attr("itemprop").equalsIgnoreCase("author")
                || e.attr("itemprop").equalsIgnoreCase("datePublished") || e.attr("rel").equalsIgnoreCase("author");
        return metadata && e.closest("p") == null;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }
}
