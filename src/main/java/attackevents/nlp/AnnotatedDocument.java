package attackevents.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document after the language work: its text, sentences, tokens and entity mentions, in the project's own
 * types (no CoreNLP classes).
 *
 * @param text      the text that was annotated (offsets refer to it)
 * @param published the publication date relative dates were resolved against, or {@code null}
 * @param sentences its sentences, in order
 */
public record AnnotatedDocument(String text, LocalDate published, List<Sentence> sentences) {
    public AnnotatedDocument {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
