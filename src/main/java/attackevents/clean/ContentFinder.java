package attackevents.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element holding an article's body, after Mozilla Readability's scoring: every paragraph-like block
 * of 25+ characters scores 1 + its commas + one point per 100 characters (at most 3); the score goes to its
 * parent in full, its grandparent by half and further ancestors by a third per level; tags and class/id hints
 * give a head start; each candidate's score is then scaled by its share of non-link text. The best candidate is
 * widened to an ancestor when several strong candidates share it, and joined by siblings that score well or
 * read as prose. Thread-safe (state lives in each call).
 */
final class ContentFinder {
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MAX_CLIMB = 4;
    private static final int MIN_PROSE_GAIN = 200;
    /** Block children that stop a {@code div} from counting as a paragraph itself. */
    private static final Set<String> BLOCKS = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figure", "header",
            "footer", "form", "main", "aside", "nav");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6");

    private final ClassHints hints;

    ContentFinder(ClassHints hints) {
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    /**
     * @param body     the pruned body
     * @param useHints whether class/id hints count in the scores
     * @return the elements that make up the article body, in document order (the body alone when nothing scores)
     */
    List<Element> find(Element body, boolean useHints) {
        // Insertion-ordered (jsoup elements compare by identity) so ties break the same way on every run.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            String text;
            Element ancestor;
            if (SCORED.contains(e.normalName()) || e.normalName().equals("div") && !hasBlockChild(e)) {
                text = e.text();
                ancestor = e.parent();
            } else if (e.normalName().equals("div")) {
                text = ownInlineText(e); // Readability wraps a div's loose text in a <p>: the div is its parent
                ancestor = e;
            } else {
                continue;
            }
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                Element a = ancestor;
                scores.computeIfAbsent(a, k -> (double) initialScore(k, useHints));
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(a, scores.get(a) + score / divider);
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        Map<Element, Double> finalScores = new LinkedHashMap<>();
        Element top = null;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            double s = en.getValue() * (1 - linkDensity(en.getKey()));
            finalScores.put(en.getKey(), s);
            if (top == null || s > finalScores.get(top)) {
                top = en.getKey();
            }
        }
        top = climbForProse(widen(top, finalScores));
        return withSiblings(top, finalScores, useHints);
    }

    /** Readability: prefer a common ancestor of several near-best candidates, then climb while scores rise. */
    private static Element widen(Element top, Map<Element, Double> scores) {
        double topScore = scores.get(top);
        List<Element> close = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getKey() != top && en.getValue() / topScore >= 0.75) {
                close.add(en.getKey());
            }
        }
        if (close.size() >= 3) {
            Element parent = top.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element c : close) {
                    if (isAncestor(parent, c)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    top = parent;
                    break;
                }
                parent = parent.parent();
            }
        }
        Element parent = top.parent();
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        while (parent != null && !parent.normalName().equals("body")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (top.parent() != null && !top.parent().normalName().equals("body") && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * An article split into several containers (by figures, pull quotes, ads) leaves the best one holding only
     * part of it: climbs to an ancestor while that adds a good deal of prose (paragraphs of low link density)
     * without diluting it much with other text.
     */
    private static Element climbForProse(Element top) {
        double prose = prose(top);
        double share = prose / Math.max(1, top.text().length());
        for (int level = 0; level < MAX_CLIMB; level++) {
            Element parent = top.parent();
            if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
                break;
            }
            double parentProse = prose(parent);
            double parentShare = parentProse / Math.max(1, parent.text().length());
            if (parentProse < prose * 1.1 + MIN_PROSE_GAIN || parentShare < share * 0.75) {
                break;
            }
            top = parent;
            prose = parentProse;
            share = parentShare;
        }
        return top;
    }

    /** Characters in paragraphs of 60+ characters with under 30% link text. */
    static int prose(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            String text = p.text();
            if (text.length() >= 60 && linkDensity(p) < 0.3) {
                n += text.length();
            }
        }
        return n;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, boolean useHints) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = useHints && !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double ld = linkDensity(sibling);
                if (text.length() > 80 && ld < 0.25
                        || text.length() > 0 && text.length() <= 80 && ld == 0 && text.matches(".*\\.( .*)?$")) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    private int initialScore(Element e, boolean useHints) {
        int s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return useHints ? s + hints.weight(e) : s;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String ownInlineText(Element div) {
        StringBuilder sb = new StringBuilder();
        for (Node n : div.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.text());
            } else if (n instanceof Element c && !BLOCKS.contains(c.normalName())) {
                sb.append(c.text());
            }
        }
        return sb.toString().strip();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** @return the share of an element's text that sits inside links (fragment links count 0.3) */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.select("a")) {
            double coefficient = a.attr("href").startsWith("#") ? 0.3 : 1;
            links += a.text().length() * coefficient;
        }
        return Math.min(1, links / total);
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
