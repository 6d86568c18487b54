package attackevents.model;

/**
 * Where an attack happened: the most specific named place and its country.
 *
 * @param name     the most specific place named (city, district, or a site such as "Kabul airport"), on one
 *                 line, or {@code null}
 * @param country  the country, possibly implied, or {@code null}
 * @param evidence where the name was read, or {@code null}
 */
public record Place(String name, String country, Evidence evidence) {
    public Place {
        if (name == null && country == null) {
            throw new IllegalArgumentException("a place needs a name or a country");
        }
        name = Words.oneLine(name);
    }
}
