package attackevents.nlp;

import java.util.List;

/**
 * One sentence of an annotated document.
 *
 * @param index    its position in the document, from 0
 * @param text     the sentence as written
 * @param begin    character offset in the document text
 * @param end      character offset one past its end
 * @param tokens   its tokens
 * @param entities its entity mentions, in order
 */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens,
                       List<EntityMention> entities) {
    public Sentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }
}
