package attackevents.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.nodes.Element;

/**
 * Hints from an element's {@code class} and {@code id} attributes, loaded from
 * {@code models/clean/class-hints.txt}: which elements are furniture to remove, and which raise or lower a
 * block's content score. Immutable and thread-safe.
 */
public final class ClassHints {
    /** The file name under {@code models/clean/}. */
    public static final String FILE = "class-hints.txt";

    /** The sections of the hint file. */
    public enum Kind {
        /** never article text: remove the element */
        REMOVE,
        /** lowers a block's score */
        NEGATIVE,
        /** raises a block's score */
        POSITIVE
    }

    private final Map<Kind, Pattern> patterns;

    /**
     * Loads the hints: sections {@code [remove]}, {@code [negative]}, {@code [positive]}, one regular expression
     * a line, {@code #} comments skipped.
     *
     * @param file the hint file
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException when the file is malformed (names the line)
     */
    public ClassHints(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class hints " + file + ": " + e.getMessage(), e);
        }
        Map<Kind, List<String>> parts = new EnumMap<>(Kind.class);
        Kind current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                try {
                    current = Kind.valueOf(line.substring(1, line.length() - 1).strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown section " + line);
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": pattern before any [section]");
            }
            try {
                Pattern.compile(line);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad pattern: " + e.getDescription());
            }
            parts.computeIfAbsent(current, k -> new ArrayList<>()).add("(?:" + line + ")");
        }
        Map<Kind, Pattern> map = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<String> alternatives = parts.getOrDefault(kind, List.of());
            // An empty section matches nothing.
            String regex = alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
            map.put(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
        this.patterns = map;
    }

    /**
     * Tells whether a {@code class}/{@code id} string carries a hint of the given kind.
     *
     * @param kind       the section
     * @param classAndId the attribute values, space separated
     * @return whether a pattern of that section occurs in it
     */
    public boolean has(Kind kind, String classAndId) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(classAndId, "classAndId");
        return !classAndId.isEmpty() && patterns.get(kind).matcher(classAndId).find();
    }

    /**
     * Tells whether an element carries a hint of the given kind in its {@code class} or {@code id}.
     *
     * @param kind    the section
     * @param element the element
     * @return whether it does
     */
    public boolean has(Kind kind, Element element) {
        Objects.requireNonNull(element, "element");
        return has(kind, classAndId(element));
    }

    /**
     * Readability's class weight: +25 for a positive hint, -25 for a negative or remove hint.
     *
     * @param element the element
     * @return the weight
     */
    public int weight(Element element) {
        String s = classAndId(element);
        int w = 0;
        if (has(Kind.NEGATIVE, s) || has(Kind.REMOVE, s)) {
            w -= 25;
        }
        if (has(Kind.POSITIVE, s)) {
            w += 25;
        }
        return w;
    }

    static String classAndId(Element element) {
        return (element.className() + " " + element.id()).strip();
    }
}
