package attackevents.clean;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes boilerplate from plain-text articles (text copied or scraped from a page): lines that match the
 * furniture patterns of {@code models/clean/boilerplate-lines.txt} (comment forms, calls to action, photo
 * credits, "Related:" lines, newsletter prompts), lower-case tag/keyword lines, and the run of short
 * non-sentence paragraphs after the last real one (links to other posts). A first line that reads as a
 * headline is returned as the title. All upper-case text (wire services of old, MUC) is left as it is.
 *
 * <p>Paragraphs are blocks separated by blank lines; a text without blank lines has one paragraph per line.
 * Line breaks inside a paragraph are kept. Immutable and thread-safe.
 * Example: {@code new TextCleaner(Path.of("models")).clean(text).text()}.
 */
public final class TextCleaner {
    /** A headline: short, and not ending like a sentence. */
    private static final int MAX_TITLE_WORDS = 25;
    /** Trailing lines at most this long that do not end a sentence are taken for links to other posts. */
    private static final int MAX_TRAILING_WORDS = 25;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:;][\"'”’»)\\]]*$");
    /** A keyword line: lower-case words and hyphens only, as CMS tag lists print them. */
    private static final Pattern TAG_LINE = Pattern.compile("[\\p{Ll}\\p{Nd}][\\p{Ll}\\p{Nd}\\- ]*");
    private static final int MAX_TAG_WORDS = 10;
    /** A bracketed note closing a paragraph: "[CONTINUED]", "[PASSAGE OMITTED]". */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("(\\s*\\[[^\\]]{1,40}\\])+\\s*$");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00a0\\u2007\\u202f\\u2009\\u200a]");
    private static final Pattern EDGE_SPACE =
            Pattern.compile("^[\\s\\u00a0\\u2007\\u202f\\u200b\\ufeff]+|[\\s\\u00a0\\u2007\\u202f\\u200b\\ufeff]+$");

    private final BoilerplatePatterns boilerplate;

    /**
     * Loads {@code modelsDir/clean/boilerplate-lines.txt}.
     *
     * @param modelsDir the {@code models} directory
     */
    public TextCleaner(Path modelsDir) {
        this(new BoilerplatePatterns(Objects.requireNonNull(modelsDir, "modelsDir")
                .resolve("clean").resolve(BoilerplatePatterns.FILE)));
    }

    /** @param boilerplate the furniture patterns */
    public TextCleaner(BoilerplatePatterns boilerplate) {
        this.boilerplate = Objects.requireNonNull(boilerplate, "boilerplate");
    }

    /**
     * Cleans a text.
     *
     * @param text the plain text
     * @return the title (when the first line is a headline), the cleaned text and how many lines were removed
     */
    public CleanedText clean(String text) {
        Objects.requireNonNull(text, "text");
        List<List<String>> paragraphs = paragraphs(text.replace("\r\n", "\n").replace('\r', '\n'));
        int removed = 0;
        String title = null;
        if (!paragraphs.isEmpty() && paragraphs.size() > 1 && isHeadline(paragraphs.get(0).get(0))) {
            title = paragraphs.get(0).remove(0).strip();
        }
        boolean hasUpperCase = !text.equals(text.toLowerCase());
        // Upper-case wire text (old news services, MUC) carries no web furniture: its short closing lines are
        // signatures and datelines of the message itself, so only mixed-case text is cleaned.
        boolean webText = !text.equals(text.toUpperCase());
        List<String> all = new ArrayList<>();
        paragraphs.forEach(all::addAll);
        List<List<String>> kept = new ArrayList<>();
        int index = 0;
        for (List<String> paragraph : paragraphs) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph) {
                int i = index++;
                if (webText && (boilerplate.matches(line) || hasUpperCase && isTagLine(all, i))) {
                    removed++;
                } else {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                kept.add(lines);
            }
        }
        if (webText) {
            removed += dropTrailingNonSentences(kept);
        }
        List<String> out = new ArrayList<>();
        for (List<String> lines : kept) {
            out.add(String.join("\n", lines));
        }
        return new CleanedText(title, String.join("\n\n", out), removed);
    }

    /** Blank-line separated blocks; without any blank line, each line is a paragraph. Lines are trimmed. */
    private static List<List<String>> paragraphs(String text) {
        boolean blankLines = Pattern.compile("\\n[ \\t\\u00a0]*\\n").matcher(text.strip()).find();
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            // No-break and narrow spaces become plain spaces, zero-width characters go: later stages split on spaces.
            String line = trim(ODD_SPACE.matcher(raw).replaceAll(" ").replace("\u200b", "").replace("\ufeff", ""));
            if (line.isEmpty() || !blankLines) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                if (line.isEmpty()) {
                    continue;
                }
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean isHeadline(String line) {
        String s = line.strip();
        return !s.isEmpty() && words(s) <= MAX_TITLE_WORDS && !s.endsWith(".") && !s.endsWith(",");
    }

    /**
     * A line of lower-case keywords standing on its own: not the continuation of a wrapped sentence (the line
     * before ends a sentence or there is none, the line after starts a new one or there is none).
     *
     * @param lines all non-blank lines of the text
     * @param i     the line's index
     */
    private static boolean isTagLine(List<String> lines, int i) {
        String s = lines.get(i).strip();
        if (!TAG_LINE.matcher(s).matches() || words(s) < 2 || words(s) > MAX_TAG_WORDS) {
            return false;
        }
        boolean afterSentence = i == 0 || SENTENCE_END.matcher(lines.get(i - 1)).matches();
        boolean beforeSentence = i == lines.size() - 1 || !Character.isLowerCase(lines.get(i + 1).charAt(0));
        return afterSentence && beforeSentence;
    }

    /**
     * After the last paragraph that ends a sentence, short paragraphs that do not are links to other posts,
     * widget titles and the like: removes them (only when a sentence precedes them, so a list-only text
     * survives). Whole paragraphs only, so the wrapped lines of a real paragraph are never taken one by one.
     */
    private static int dropTrailingNonSentences(List<List<String>> paragraphs) {
        int removed = 0;
        while (paragraphs.size() > 1) {
            List<String> last = paragraphs.get(paragraphs.size() - 1);
            String joined = EDITORIAL_NOTE.matcher(String.join(" ", last)).replaceAll("");
            if (SENTENCE_END.matcher(joined).matches() || words(joined) > MAX_TRAILING_WORDS
                    || !hasSentence(paragraphs.subList(0, paragraphs.size() - 1))) {
                break;
            }
            paragraphs.remove(paragraphs.size() - 1);
            removed += last.size();
        }
        return removed;
    }

    private static boolean hasSentence(List<List<String>> paragraphs) {
        for (List<String> p : paragraphs) {
            for (String line : p) {
                if (SENTENCE_END.matcher(line).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Strips white space including no-break and zero-width spaces, which {@link String#strip()} keeps. */
    private static String trim(String s) {
        return EDGE_SPACE.matcher(s).replaceAll("");
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
