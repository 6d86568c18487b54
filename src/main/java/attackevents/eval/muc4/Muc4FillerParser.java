package attackevents.eval.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Splits the text of one filler line into a {@link Muc4Filler}: a leading {@code ?}, the alternatives
 * separated by {@code /}, and the cross-reference after a colon. Slashes and colons inside quotes or
 * parentheses do not split, so {@code (INJURY / DEATH): "X"} and {@code "BUS, 76231" / "BUS"} read right.
 * Tolerant of the few malformed quotes in the real keys: a stray quote is dropped rather than fatal.
 */
final class Muc4FillerParser {
    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("(?<!\\\\)\"");

    private Muc4FillerParser() {
    }

    /**
     * @param slot the slot the filler belongs to (decides whether bare words are strings and whether a colon ties)
     * @param text the filler text, not {@code -} or {@code *}
     * @return the filler
     * @throws IllegalArgumentException when the text holds no value
     */
    static Muc4Filler parse(Muc4Slot slot, String text) {
        Objects.requireNonNull(slot, "slot");
        String rest = repairQuotes(Objects.requireNonNull(text, "text").trim());
        boolean uncertain = rest.startsWith("?");
        if (uncertain) {
            rest = rest.substring(1).trim();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("empty filler");
        }
        if (slot.fill() == Muc4Slot.Fill.CONVERSION) {
            // Dates and locations: whole alternatives such as "(COLOMBIA) / (COLOMBIA: BOGOTA (CITY))".
            return new Muc4Filler(List.of(), uncertain, items(rest), List.of());
        }
        int colon = topLevel(rest, ':');
        String left = colon < 0 ? rest : rest.substring(0, colon).trim();
        List<String> crossReference = colon < 0 ? List.of() : strings(items(rest.substring(colon + 1)));
        List<String> alternatives = new ArrayList<>();
        List<String> setValues = new ArrayList<>();
        for (String item : items(left)) {
            if (item.startsWith("\"")) {
                alternatives.add(unquote(item));
            } else if (slot.fill() == Muc4Slot.Fill.STRING && !item.equals("-")) {
                alternatives.add(unquote(item)); // an unquoted name in a string slot, e.g. GUERRILLAS
            } else {
                setValues.add(item);
            }
        }
        if (alternatives.isEmpty() && setValues.isEmpty()) {
            throw new IllegalArgumentException("no value in filler: " + text);
        }
        return new Muc4Filler(alternatives, uncertain, setValues, crossReference);
    }

    /**
     * Mends the one kind of missing quote the keys hold, a slash between alternatives with no closing quote
     * before it ({@code "16 OTHERS / "OTHERS"}), but only when the quotes do not pair up.
     */
    static String repairQuotes(String text) {
        long quotes = UNESCAPED_QUOTE.matcher(text).results().count();
        return quotes % 2 == 0 ? text : text.replaceAll("(?<![\"\\s])\\s+/\\s+\"", "\" / \"");
    }

    /** Splits on top-level slashes, dropping one pair of parentheses around the whole text or an item. */
    static List<String> items(String text) {
        String body = unwrap(text.trim());
        List<String> items = new ArrayList<>();
        int start = 0;
        while (true) {
            int slash = topLevel(body.substring(start), '/');
            String item = slash < 0 ? body.substring(start) : body.substring(start, start + slash);
            item = unwrap(item.trim());
            if (!item.isEmpty()) {
                items.add(item);
            }
            if (slash < 0) {
                return items;
            }
            start += slash + 1;
        }
    }

    private static List<String> strings(List<String> items) {
        return items.stream().map(Muc4FillerParser::unquote).toList();
    }

    /** @return the index of {@code c} outside quotes and parentheses, or -1 */
    static int topLevel(String text, char c) {
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' && quoted && i + 1 < text.length()) {
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && ch == c) {
                return i;
            }
        }
        return -1;
    }

    /** Drops parentheses that enclose the whole text, as in {@code (- 26 AUG 89)}. */
    private static String unwrap(String text) {
        String t = text;
        while (t.startsWith("(") && t.endsWith(")") && closingParen(t) == t.length() - 1) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }

    private static int closingParen(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Removes the enclosing quotes, drops stray ones, and turns {@code \"} into {@code "}. */
    static String unquote(String item) {
        String t = item.trim();
        if (t.startsWith("\"")) {
            t = t.substring(1);
        }
        if (t.endsWith("\"") && !t.endsWith("\\\"")) {
            t = t.substring(0, t.length() - 1);
        }
        t = t.replaceAll("(?<!\\\\)\"", "");
        return t.replace("\\\"", "\"").trim().replaceAll("\\s+", " ");
    }
}
