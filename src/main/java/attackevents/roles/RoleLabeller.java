package attackevents.roles;

import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns gold filler strings into training spans: every occurrence, in a sentence, of a string the gold gives for
 * a role ({@code "ROBERTO ARCESIO PABON"}, {@code "JESUIT PRIESTS"}) becomes a span of that role. Matching ignores
 * case and the amount of white space, needs whole words, and keeps a match only when it begins and ends on token
 * boundaries. Where matches overlap, the longest wins (the first role given on a tie).
 */
public final class RoleLabeller {
    private RoleLabeller() {
    }

    /**
     * @param text    the document text the tokens' offsets refer to
     * @param tokens  one sentence's tokens
     * @param strings for each role type, the strings that fill it (in priority order of the map's iteration)
     * @return the spans, in order, not overlapping
     */
    public static List<RoleSpan> label(String text, List<Token> tokens, Map<String, ? extends Collection<String>> strings) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        int from = tokens.get(0).begin();
        int to = tokens.get(tokens.size() - 1).end();
        String region = text.substring(from, to);
        List<RoleSpan> found = new ArrayList<>();
        for (Map.Entry<String, ? extends Collection<String>> e : strings.entrySet()) {
            for (String s : e.getValue()) {
                Pattern p = pattern(s);
                if (p == null) {
                    continue;
                }
                Matcher m = p.matcher(region);
                while (m.find()) {
                    int start = tokenStarting(tokens, from + m.start());
                    int end = tokenEnding(tokens, from + m.end());
                    if (start >= 0 && end > start) {
                        found.add(new RoleSpan(start, end, e.getKey(), 1));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt((RoleSpan r) -> r.start() - r.end()));
        List<RoleSpan> kept = new ArrayList<>();
        for (RoleSpan r : found) {
            if (kept.stream().noneMatch(r::overlaps)) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(RoleSpan::start));
        return kept;
    }

    /** @return a case-insensitive whole-word pattern with any white space between the words, or {@code null} */
    static Pattern pattern(String s) {
        String[] words = s.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || s.strip().equals("-")) {
            return null;
        }
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            b.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        b.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static int tokenStarting(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEnding(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == offset) {
                return i + 1;
            }
        }
        return -1;
    }
}
