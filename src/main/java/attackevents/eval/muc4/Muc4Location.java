package attackevents.eval.muc4;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One alternative of an {@code INCIDENT: LOCATION} fill, {@code COUNTRY: PLACE (KIND): PLACE (KIND)} from
 * general to specific, reduced to what the gold needs: the country and the names of the most specific
 * place. A place "between two named places" ({@code CUCUTA (CITY) - CAMPANARIO (RURAL AREA)}) gives both
 * names.
 *
 * @param country  the first component, e.g. {@code EL SALVADOR}
 * @param specific the names of the last component when there is more than one component, else empty
 */
public record Muc4Location(String country, List<String> specific) {
    public Muc4Location {
        Objects.requireNonNull(country, "country");
        specific = List.copyOf(specific);
    }

    /**
     * Reads one location alternative.
     *
     * @param text e.g. {@code PERU: LIMA (CITY): MIRAFLORES (NEIGHBORHOOD)}
     * @return the location, or {@code null} for an empty text
     */
    public static Muc4Location parse(String text) {
        List<String> components = new ArrayList<>();
        String rest = Objects.requireNonNull(text, "text").strip();
        while (!rest.isEmpty()) {
            int colon = Muc4FillerParser.topLevel(rest, ':');
            components.add(colon < 0 ? rest : rest.substring(0, colon).strip());
            rest = colon < 0 ? "" : rest.substring(colon + 1).strip();
        }
        components.removeIf(String::isBlank);
        if (components.isEmpty()) {
            return null;
        }
        List<String> countries = names(components.get(0));
        if (countries.isEmpty()) {
            return null;
        }
        List<String> specific = components.size() > 1 ? names(components.get(components.size() - 1)) : List.of();
        return new Muc4Location(countries.get(0), specific);
    }

    /** @return the place names of one component, without their {@code (KIND)}, split at a top-level dash */
    private static List<String> names(String component) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == '-' && isSpaced(component, i)) {
                add(names, name);
                name.setLength(0);
            } else if (depth == 0) {
                name.append(c);
            }
        }
        add(names, name);
        return names;
    }

    /** A dash between places has blanks around it; one inside a name ({@code CANO LIMON-COVENAS}) does not. */
    private static boolean isSpaced(String s, int i) {
        return i > 0 && i < s.length() - 1 && Character.isWhitespace(s.charAt(i - 1))
                && Character.isWhitespace(s.charAt(i + 1));
    }

    private static void add(List<String> names, CharSequence name) {
        String n = name.toString().strip().replaceAll("\\s+", " ");
        if (!n.isEmpty() && !names.contains(n)) {
            names.add(n);
        }
    }
}
