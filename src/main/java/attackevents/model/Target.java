package attackevents.model;

import java.util.Objects;

/**
 * Who or what was attacked.
 *
 * @param text     the target as the article names it
 * @param evidence where it was read, or {@code null}
 */
public record Target(String text, Evidence evidence) {
    public Target {
        Objects.requireNonNull(text, "text");
    }
}
