package attackevents.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the chosen content elements into paragraphs: one per block element (paragraph, heading, list item,
 * quote, table row, line break), whitespace collapsed, each with the share of its text that sat in links.
 */
final class ParagraphWriter {
    /** Elements that start and end a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "main", "table", "tr", "thead",
            "tbody", "header", "footer", "address", "hr", "br", "figure", "center", "caption", "details", "summary");

    /**
     * One paragraph of the output.
     *
     * @param text      the paragraph's text, whitespace collapsed
     * @param linkChars how many of its characters sat inside links
     * @param tag       the block element it came from (e.g. "p", "h2", "li")
     */
    record Paragraph(String text, int linkChars, String tag) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }

        boolean isHeading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    /**
     * @param roots the content elements, in document order
     * @return their paragraphs, empty ones dropped
     */
    List<Paragraph> paragraphs(List<Element> roots) {
        Collector c = new Collector();
        for (Element root : roots) {
            c.flush();
            c.block = root.normalName();
            NodeTraversor.traverse(c, root);
            c.flush();
        }
        return c.out;
    }

    private static final class Collector implements NodeVisitor {
        final List<Paragraph> out = new ArrayList<>();
        final StringBuilder sb = new StringBuilder();
        int linkChars;
        int linkDepth;
        String block = "p";

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText().replaceAll("[\\s\\u00a0\\u200b]+", " ");
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ') {
                    s = s.stripLeading();
                }
                sb.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                    block = tag;
                } else if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("td") || tag.equals("th")) {
                    sb.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    flush();
                    block = e.parent() == null ? "p" : e.parent().normalName();
                } else if (tag.equals("a")) {
                    linkDepth--;
                }
            }
        }

        void flush() {
            String text = sb.toString().strip();
            if (!text.isEmpty()) {
                out.add(new Paragraph(text, Math.min(linkChars, text.length()), block));
            }
            sb.setLength(0);
            linkChars = 0;
        }
    }
}
