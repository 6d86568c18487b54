package attackevents.model;

import java.util.Objects;

/**
 * Who or what was attacked.
 *
 * @param text     the target as the article names it, on one line
 * @param evidence where it was read, or {@code null}
 */
public record Target(String text, Evidence evidence) {
    public Target {
        text = Words.oneLine(Objects.requireNonNull(text, "text"));
    }
}
