package attackevents.model;

import java.util.Objects;

/**
 * Who carried out an attack.
 *
 * @param text      the name as the article writes it
 * @param canonical the canonical name from the alias gazetteer (the text itself when it has no entry)
 * @param evidence  where it was read, or {@code null}
 */
public record Actor(String text, String canonical, Evidence evidence) {
    public Actor {
        Objects.requireNonNull(text, "text");
        canonical = canonical == null ? text : canonical;
    }
}
