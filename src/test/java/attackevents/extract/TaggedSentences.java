package attackevents.extract;

import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import attackevents.roles.RoleExamplesForTests;
import java.util.List;

/** Sentences built from "word/TAG" tokens, as the slot finders see them, for tests of the role tagger's use. */
final class TaggedSentences {
    private TaggedSentences() {
    }

    /**
     * @param words tokens written "word/TAG" (see {@link RoleExamplesForTests#tokens})
     * @return the sentence, alone in its document, with no triggers
     */
    static SentenceContext context(String... words) {
        List<Token> tokens = RoleExamplesForTests.tokens(words);
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            text.append(text.length() == 0 ? "" : " ").append(t.word());
        }
        Sentence s = new Sentence(0, text.toString(), 0, text.length(), tokens, List.of());
        return new SentenceContext(s, s.text(), null, List.of(), List.of());
    }
}
