package attackevents.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import attackevents.nlp.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleLabellerTest {
    private static final String TEXT = "Gunmen of the FMLN killed Jesuit  priests and the PRC embassy guard .";
    private static final List<Token> TOKENS = tokensOf(TEXT);

    /** Tokens of a text split on blanks, with their offsets. */
    private static List<Token> tokensOf(String text) {
        List<Token> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            out.add(new Token(out.size(), m.group(), m.group().toLowerCase(), "NN", "O", m.start(), m.end()));
        }
        return out;
    }

    private static Map<String, List<String>> strings(List<String> targets, List<String> perps) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(RoleSpan.TARGET, targets);
        out.put(RoleSpan.PERP, perps);
        return out;
    }

    @Test
    void matchesIgnoringCaseAndBlanks() {
        List<RoleSpan> spans = RoleLabeller.label(TEXT, TOKENS, strings(List.of("JESUIT PRIESTS"), List.of("FMLN")));
        assertEquals(List.of(new RoleSpan(3, 4, RoleSpan.PERP, 1), new RoleSpan(5, 7, RoleSpan.TARGET, 1)), spans);
    }

    @Test
    void needsWholeWordsOnTokenBoundaries() {
        assertEquals(List.of(), RoleLabeller.label(TEXT, TOKENS, strings(List.of("PRIEST", "EMBASSY GUA"), List.of())));
    }

    @Test
    void longestOfOverlappingMatchesWins() {
        List<RoleSpan> spans = RoleLabeller.label(TEXT, TOKENS,
                strings(List.of("PRC EMBASSY", "EMBASSY GUARD", "THE PRC EMBASSY GUARD"), List.of()));
        assertEquals(List.of(new RoleSpan(8, 12, RoleSpan.TARGET, 1)), spans);
    }

    @Test
    void labelsEveryOccurrenceWithinTheSentenceOnly() {
        String text = "Police said . The police station burned ; police fled .";
        List<Token> all = tokensOf(text);
        List<RoleSpan> spans = RoleLabeller.label(text, all.subList(3, all.size()), strings(List.of("police"), List.of()));
        assertEquals(List.of(new RoleSpan(1, 2, RoleSpan.TARGET, 1), new RoleSpan(5, 6, RoleSpan.TARGET, 1)), spans);
    }

    @Test
    void dashAndBlankFillersAreNoStrings() {
        assertEquals(List.of(), RoleLabeller.label(TEXT, TOKENS, strings(List.of("-", " "), List.of())));
    }
}
