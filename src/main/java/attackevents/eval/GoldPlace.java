package attackevents.eval;

import java.util.List;

/**
 * A gold place: acceptable names of the most specific named place, and the country.
 *
 * @param names   acceptable names (may be empty when only the country is known)
 * @param country the country, or {@code null}
 */
public record GoldPlace(List<String> names, String country) {
    public GoldPlace {
        names = names == null ? List.of() : List.copyOf(names);
    }
}
