package attackevents.extract;

import attackevents.data.DataFile;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries and the world's towns and cities ({@code models/gazetteers/}: GeoNames places with 1,000 or more
 * inhabitants, country names and their aliases): tells whether a name is a country and which country a
 * place is in.
 */
public final class PlaceGazetteer {
    /** The population from which a town in a country the article does not mention is taken as that town. */
    static final long KNOWN_ABROAD = 100_000;
    /** The country {@code demonym-variants.tsv} gives a phrase that is no demonym ("Latin American"). */
    static final String NO_COUNTRY = "-";
    /** The GeoNames feature code of a country's capital. */
    private static final String CAPITAL_CODE = "PPLC";

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, List<City>> cities = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> kinds = new HashSet<>();
    private final Set<String> settlements = new HashSet<>();
    private final Set<String> directions = new HashSet<>();
    private final Set<String> sites = new HashSet<>();

    private record City(String country, long population) {
    }

    /**
     * Loads the gazetteer files from a folder.
     *
     * @param dir the folder holding {@code countries.tsv}, {@code country-aliases.tsv}, {@code cities.tsv},
     *            {@code demonyms.tsv} and {@code demonym-variants.tsv}
     */
    public PlaceGazetteer(Path dir) {
        for (String[] row : DataFile.rows(dir.resolve("countries.tsv"))) {
            countries.put(key(row[0]), row[0]);
            if (row.length > 2 && !row[2].isEmpty()) {
                capitals.put(key(row[2]), row[0]);
            }
        }
        for (String[] row : DataFile.rows(dir.resolve("country-aliases.tsv"), 2)) {
            countries.put(key(row[0]), row[1]);
        }
        for (String file : List.of("demonyms.tsv", "demonym-variants.tsv")) {
            for (String[] row : DataFile.rows(dir.resolve(file), 2)) {
                demonyms.put(key(row[0]), row[1]);
            }
        }
        for (String[] row : DataFile.rows(dir.resolve("place-kinds.txt"))) {
            String word = row[0].toLowerCase(Locale.ROOT);
            String mark = row.length > 1 ? row[1] : "";
            (mark.equals("settlement") ? settlements : mark.equals("direction") ? directions : kinds).add(word);
        }
        for (String[] row : DataFile.rows(dir.resolve("site-words.txt"))) {
            sites.add(row[0].toLowerCase(Locale.ROOT));
        }
        for (String[] row : DataFile.rows(dir.resolve("cities.tsv"), 2)) {
            long population = row.length > 2 && !row[2].isEmpty() ? Long.parseLong(row[2]) : 0;
            City city = new City(row[1], population);
            cities.computeIfAbsent(key(row[0]), k -> new ArrayList<>(1)).add(city);
            // "Washington, D.C." is also "Washington": news drops what follows the comma
            int comma = row[0].indexOf(',');
            String shortName = comma > 0 ? key(row[0].substring(0, comma)) : null;
            if (shortName != null) {
                cities.computeIfAbsent(shortName, k -> new ArrayList<>(1)).add(city);
            }
            if (row.length > 3 && row[3].equals(CAPITAL_CODE)) {
                capitals.putIfAbsent(key(row[0]), row[1]);
                if (shortName != null) {
                    capitals.putIfAbsent(shortName, row[1]);
                }
            }
        }
    }

    /** @return the lookup key of a name: accents folded, lower case, "the" dropped */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("\\s+", " ").trim();
    }

    /**
     * @param name a place name
     * @return the country's name when {@code name} names a country, else {@code null}
     */
    public String country(String name) {
        return countries.get(key(name));
    }

    /**
     * @param words a few words as written ("Salvadoran", "Costa Rican", "Colombians")
     * @return the country they are a demonym of, in the singular or the plural; {@link #NO_COUNTRY} for a
     * phrase that holds a demonym but is none ("Latin American"); else {@code null}
     */
    public String countryOfDemonym(String words) {
        String k = key(words);
        String c = demonyms.get(k);
        return c != null || !k.endsWith("s") ? c : demonyms.get(k.substring(0, k.length() - 1));
    }

    /**
     * A place's name without the word for its kind ({@code place-kinds.txt}): "Antioquia Department" and
     * "the municipality of Itagui" are Antioquia and Itagui, "the Andean city of Ayacucho" and "Huancayo City"
     * are Ayacucho and Huancayo (but "Guatemala City" stays), "northern Chalatenango" is Chalatenango.
     *
     * @param name a place name as written
     * @return the name without its kind word, or {@code name} when it has none (or is nothing else)
     */
    public String bareName(String name) {
        String[] words = name.strip().split("\\s+");
        // "the Andean city of Ayacucho", "Lima district of Miraflores": the place after the last "<kind> of"
        for (int i = words.length - 3; i >= 0; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if ((kinds.contains(w) || settlements.contains(w)) && words[i + 1].equalsIgnoreCase("of")) {
                return String.join(" ", Arrays.copyOfRange(words, i + 2, words.length));
            }
        }
        boolean directed = words.length >= 2 && directions.contains(words[0].toLowerCase(Locale.ROOT));
        if (directed) {
            words = Arrays.copyOfRange(words, 1, words.length);
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (words.length >= 2 && kinds.contains(last)) {
            return String.join(" ", Arrays.copyOf(words, words.length - 1));
        }
        String joined = String.join(" ", words);
        if (words.length >= 2 && settlements.contains(last) && !isTown(joined)) {
            String rest = String.join(" ", Arrays.copyOf(words, words.length - 1));
            if (isTown(rest)) {
                return rest;
            }
        }
        return directed ? joined : name;
    }

    /**
     * @param word a word
     * @return whether it says what kind of place something is, or where in a place ({@code place-kinds.txt}:
     * "city", "village", "northern")
     */
    public boolean isKindWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return kinds.contains(w) || settlements.contains(w) || directions.contains(w);
    }

    /**
     * @param name a place name
     * @return whether it names a site (a building, a market, an airport: {@code site-words.txt}) rather than a place
     */
    public boolean isSite(String name) {
        String[] words = name.strip().split("\\s+");
        return sites.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a site's name ("San Salvador Central Market", "Bogota airport")
     * @return the longest run of its first words that names a town in the gazetteer, as written, or
     * {@code null}
     */
    public String townWithin(String name) {
        String[] words = name.strip().split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            String run = String.join(" ", Arrays.copyOf(words, n));
            if (isTown(run)) {
                return run;
            }
        }
        return null;
    }

    /**
     * @param name a place name
     * @return the country whose capital {@code name} is ("San Salvador": El Salvador), else {@code null}
     */
    public String countryOfCapital(String name) {
        return capitals.get(key(name));
    }

    /**
     * @param name a place name
     * @return whether it is a town or city in the gazetteer
     */
    public boolean isTown(String name) {
        return cities.containsKey(key(name));
    }

    /**
     * The country a town is in. Where several towns share the name, one in a country the article mentions
     * wins, then the most populous. When the article mentions countries and none of the towns is in one of
     * them, only a city of {@value #KNOWN_ABROAD} people or more counts: a small namesake abroad ("Street" in
     * England, "Republic" in Missouri, "Roosevelt Avenue") is more often a word or a street of the article's
     * own country than a place the article went to.
     *
     * @param name             a town name
     * @param articleCountries countries the article mentions (may be empty)
     * @return the country, or {@code null} when the town is unknown (or only a small town abroad)
     */
    public String countryOfTown(String name, Collection<String> articleCountries) {
        List<City> found = cities.get(key(name));
        if (found == null) {
            return null;
        }
        City best = null;
        for (City c : found) {
            boolean mentioned = articleCountries.contains(c.country);
            boolean bestMentioned = best != null && articleCountries.contains(best.country);
            if (best == null || (mentioned && !bestMentioned)
                    || (mentioned == bestMentioned && c.population > best.population)) {
                best = c;
            }
        }
        boolean abroad = !articleCountries.isEmpty() && !articleCountries.contains(best.country);
        return abroad && best.population < KNOWN_ABROAD ? null : best.country;
    }
}
