package attackevents.model;

import java.util.Objects;

/**
 * Who carried out an attack.
 *
 * @param text      the name as the article writes it, on one line
 * @param canonical the canonical name from the alias gazetteer (the text itself when it has no entry)
 * @param evidence  where it was read, or {@code null}
 */
public record Actor(String text, String canonical, Evidence evidence) {
    public Actor {
        text = Words.oneLine(Objects.requireNonNull(text, "text"));
        canonical = canonical == null ? text : Words.oneLine(canonical);
    }
}
