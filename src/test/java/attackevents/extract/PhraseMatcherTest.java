package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    private static List<Token> tokens(String... wordLemma) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < wordLemma.length; i++) {
            String[] p = wordLemma[i].split("/");
            out.add(new Token(i, p[0], p.length > 1 ? p[1] : p[0].toLowerCase(), "NN", "O", i * 10, i * 10 + 5));
        }
        return out;
    }

    @Test
    void longestPhraseWinsAndMatchesDoNotOverlap() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("bomb", "short");
        m.add("car bomb", "long");
        m.add("suicide car bomb", "longest");
        List<PhraseMatcher.Match<String>> found = m.findAll(tokens("a", "suicide", "car", "bomb", "and", "a", "bomb"));
        assertEquals(2, found.size());
        assertEquals("longest", found.get(0).value());
        assertEquals(1, found.get(0).start());
        assertEquals(4, found.get(0).end());
        assertEquals("short", found.get(1).value());
    }

    @Test
    void matchesLemmaOrLowerCasedWord() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("kill", "lemma");
        m.add("gunmen", "word");
        assertEquals("lemma", m.matchAt(tokens("Killed/kill"), 0).value());
        assertEquals("word", m.matchAt(tokens("Gunmen/gunman"), 0).value());
        assertNull(m.matchAt(tokens("skill"), 0));
    }
}
