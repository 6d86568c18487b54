package attackevents.extract;

import attackevents.model.Place;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the place of an attack from a sentence: the most specific named place (a town or site over a
 * region, a region over a country), preferring one introduced by "in", "near", "at" and one close to the
 * trigger; the country from the place gazetteer, falling back to the countries the article mentions.
 */
final class PlaceFinder {
    static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE");
    private static final int PREP_WINDOW = 3;
    /** The most words of a demonym ("Papua New Guinean"). */
    private static final int MAX_DEMONYM_WORDS = 3;
    /** A dateline opens the text (after a title line at most): its place starts within this many characters. */
    private static final int DATELINE_START = 60;
    /** "MADRID (SPAIN), 18 NOV 89 (DOMESTIC SERVICE) --": the "--" comes within this many tokens of the place. */
    private static final int DATELINE_TOKENS = 16;

    private final ExtractionModels models;

    PlaceFinder(ExtractionModels models) {
        this.models = models;
    }

    /**
     * @return the place the sentence gives, or {@code null}; a place named only by the article's dateline gives
     * its country alone (a report's dateline says where it was filed, not where the attack was), unless the
     * sentence names it again
     */
    Place find(SentenceContext ctx) {
        EntityMention best = null;
        String bestName = null;
        EntityMention dateline = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (EntityMention e : ctx.sentence().entities()) {
            if (!SentenceContext.isA(e, PLACE_TYPES) || isCountryModifier(ctx, e) || isSurname(ctx, e)) {
                continue;
            }
            if (isDateline(ctx, e)) {
                dateline = dateline == null ? e : dateline;
                continue;
            }
            String name = placeName(e);
            if (name == null || isKindOnly(name) || isAdjective(ctx, e)) {
                continue;
            }
            double score = score(ctx, e, name);
            if (score > bestScore) {
                best = e;
                bestName = name;
                bestScore = score;
            }
        }
        if (best == null) {
            return dateline == null ? null : datelineCountry(ctx, dateline);
        }
        return place(ctx, bestName, best);
    }

    /** @return the place of a name a mention gives, in its country */
    private Place place(SentenceContext ctx, String name, EntityMention e) {
        // a country is its own country; any other place is in the country the gazetteer or the article gives
        String country = models.places().country(name);
        return new Place(name, country != null ? country : countryOf(name, ctx),
                ctx.evidence(e.tokenStart(), e.tokenEnd()));
    }

    /**
     * @return the name of the place a mention names: without its kind word; for a site (a building, a market),
     * the town its name opens with ("San Salvador Central Market": San Salvador), or {@code null} when it holds
     * none, as the MUC-4 task counts no site as a place
     */
    private String placeName(EntityMention e) {
        String name = models.places().bareName(e.text());
        return models.places().isSite(name) ? models.places().townWithin(name) : name;
    }

    /**
     * A name of only kind and direction words names no place: in all-capitals copy the true-caser makes "THE
     * NORTHERN CITY OF MONTERIA" "the Northern City of Monteria", and the name model tags "Northern City".
     */
    private boolean isKindOnly(String name) {
        return Arrays.stream(name.strip().split("\\s+")).allMatch(models.places()::isKindWord);
    }

    /** A place name the tagger reads as an adjective says of what region, not where: "the Caribbean port city of Covenas". */
    private static boolean isAdjective(SentenceContext ctx, EntityMention e) {
        return ctx.tokens().subList(e.tokenStart(), e.tokenEnd()).stream().allMatch(t -> t.pos().startsWith("JJ"));
    }

    /**
     * A place at the very start of the article followed by a dateline's "--" within a few tokens
     * ("SAN SALVADOR, 3 JAN 90 -- ...", "WASHINGTON (Reuters) -- ...").
     */
    private static boolean isDateline(SentenceContext ctx, EntityMention e) {
        List<Token> tokens = ctx.tokens();
        if (tokens.get(e.tokenStart()).begin() > DATELINE_START) {
            return false;
        }
        for (int k = e.tokenEnd(); k < Math.min(tokens.size(), e.tokenEnd() + DATELINE_TOKENS); k++) {
            if (tokens.get(k).word().equals("--")) {
                return true;
            }
        }
        return false;
    }

    /** @return the country a dateline's place names (itself, its capital's, or the gazetteer's), as a place */
    private Place datelineCountry(SentenceContext ctx, EntityMention e) {
        if (namedAgain(ctx, e)) {
            // "LIMA, 23 MAR 90 -- A CAR BOMB EXPLODED ... IN LIMA TODAY": the text says it was there too
            return place(ctx, models.places().bareName(e.text()), e);
        }
        String country = countryNamed(e, models.places());
        if (country == null) {
            country = countryOf(models.places().bareName(e.text()), ctx);
        }
        return country == null ? null : new Place(null, country, ctx.evidence(e.tokenStart(), e.tokenEnd()));
    }

    /** @return whether the sentence names the dateline's place again after the dateline */
    private static boolean namedAgain(SentenceContext ctx, EntityMention e) {
        List<Token> tokens = ctx.tokens();
        int n = e.tokenEnd() - e.tokenStart();
        for (int k = e.tokenEnd(); k + n <= tokens.size(); k++) {
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                same = tokens.get(k + j).word().equalsIgnoreCase(tokens.get(e.tokenStart() + j).word());
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country's name used as an adjective ("the U.S. embassy", "U.S. military advisers", "U.S. Ambassador
     * Walker"... not "in Peru"): a noun or an adjective follows it, so it says whose, not where.
     */
    private boolean isCountryModifier(SentenceContext ctx, EntityMention e) {
        return models.places().country(e.text()) != null && beforeNoun(ctx.tokens(), e);
    }

    /** @return the country a (non-country) place is in, or {@code null} */
    String countryOf(String place, SentenceContext ctx) {
        String c = models.places().countryOfTown(place, ctx.articleCountries());
        if (c != null) {
            return c;
        }
        // a named site ("Boston Marathon", "Kabul airport") is in the country of the town it names; a town
        // within a longer name ("San Juan" of "San Juan de Urama") only counts in a country the article names
        String[] words = place.split("\\s+");
        for (int n = words.length - 1; n >= 1 && c == null; n--) {
            for (int i = 0; i + n <= words.length && c == null; i++) {
                c = models.places().countryOfTown(String.join(" ", Arrays.copyOfRange(words, i, i + n)),
                        ctx.articleCountries());
                if (c != null && !ctx.articleCountries().isEmpty() && !ctx.articleCountries().contains(c)) {
                    c = null;
                }
            }
        }
        if (c != null) {
            return c;
        }
        for (EntityMention e : ctx.sentence().entities()) {
            String named = SentenceContext.isA(e, PLACE_TYPES) ? models.places().country(e.text()) : null;
            if (named != null) {
                return named;
            }
        }
        return ctx.articleCountries().isEmpty() ? null : ctx.articleCountries().get(0);
    }

    /**
     * How well a place mention names where the attack was: better a place than a country, after a place
     * preposition, near the trigger. Being a town the gazetteer knows earns nothing: the most specific place
     * (a village, a neighbourhood) is often one it lacks ("in Huarpacha, Ambo, Tomayquichua and Kichki": Huarpacha,
     * not the known Ambo).
     */
    private double score(SentenceContext ctx, EntityMention e, String name) {
        double score = 0;
        boolean country = models.places().country(name) != null;
        if (!country) {
            score += 3;
        }
        PhraseMatcher<String> preps = models.cue("place-prep");
        for (int k = Math.max(0, e.tokenStart() - PREP_WINDOW); k < e.tokenStart(); k++) {
            if (preps.matchAt(ctx.tokens(), k) != null) {
                score += 2;
                break;
            }
        }
        int d = ctx.distanceToTrigger(e.tokenStart(), e.tokenEnd());
        score -= Math.min(d, 30) * 0.05;
        return score;
    }

    /**
     * @param e      a place mention
     * @param places the place gazetteer
     * @return the country it names: itself, or the country whose capital it is (a wire report's dateline,
     * "SAN SALVADOR, 3 JAN 90 --", often names only the capital); {@code null} for any other place
     */
    static String countryNamed(EntityMention e, PlaceGazetteer places) {
        String c = places.country(e.text());
        return c != null ? c : places.countryOfCapital(e.text());
    }

    /**
     * @return the countries the sentences name, most often named first; a country's name used as an adjective
     * ("the U.S. embassy") says whose, not where, and does not count, while a demonym ("Salvadoran") does: a
     * report names the people of the country it tells of
     */
    static List<String> countriesNamed(List<Sentence> sentences, PlaceGazetteer places) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (EntityMention e : s.entities()) {
                if (!SentenceContext.isA(e, PLACE_TYPES) || beforeNoun(s.tokens(), e)) {
                    continue;
                }
                String c = countryNamed(e, places);
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
            for (Demonym d : demonyms(s, places)) {
                counts.merge(d.country(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .map(Map.Entry::getKey).toList();
    }

    /** A demonym in a sentence ("Salvadoran", "Costa Rican"): the country it speaks of, and its tokens. */
    record Demonym(String country, int tokenStart, int tokenEnd) {
    }

    /**
     * The demonyms of a sentence outside its place names ("the murder of Salvadoran presidency minister ..."): a
     * report datelined abroad most often tells of the country whose people it names ({@code demonyms.tsv}).
     *
     * @param s      a sentence
     * @param places the gazetteer
     * @return its demonyms, in order; the longest first ("Equatorial Guinean" before "Guinean"); a phrase
     * {@code demonym-variants.tsv} marks as none ("Latin American") is no demonym and hides the ones within it
     */
    static List<Demonym> demonyms(Sentence s, PlaceGazetteer places) {
        List<Token> tokens = s.tokens();
        boolean[] inPlace = new boolean[tokens.size()];
        for (EntityMention e : s.entities()) {
            if (SentenceContext.isA(e, PLACE_TYPES)) {
                Arrays.fill(inPlace, e.tokenStart(), e.tokenEnd(), true);
            }
        }
        List<Demonym> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(MAX_DEMONYM_WORDS, tokens.size() - i); n >= 1; n--) {
                if (anyInPlace(inPlace, i, i + n)) {
                    continue;
                }
                StringBuilder words = new StringBuilder(tokens.get(i).word());
                for (int k = i + 1; k < i + n; k++) {
                    words.append(' ').append(tokens.get(k).word());
                }
                String country = places.countryOfDemonym(words.toString());
                if (country != null) {
                    if (!country.equals(PlaceGazetteer.NO_COUNTRY)) {
                        out.add(new Demonym(country, i, i + n));
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean anyInPlace(boolean[] inPlace, int from, int to) {
        for (int k = from; k < to; k++) {
            if (inPlace[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the last words, upper case, of the people the sentences name with two words or more ("Colonel Rene
     * Emilio Ponce": PONCE): in all-caps copy the name model may take the lone surname for a place elsewhere
     */
    static Set<String> surnames(List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            for (EntityMention e : s.entities()) {
                if (e.type().equals("PERSON") && e.tokenEnd() - e.tokenStart() >= 2) {
                    out.add(s.tokens().get(e.tokenEnd() - 1).word().toUpperCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** A one-word place that is the surname of a person the article names, and no country ("OQUELI"). */
    private boolean isSurname(SentenceContext ctx, EntityMention e) {
        return e.tokenEnd() - e.tokenStart() == 1 && models.places().country(e.text()) == null
                && ctx.articleSurnames().contains(e.text().toUpperCase(Locale.ROOT));
    }

    /** @return whether a noun or an adjective follows the mention, which then modifies it */
    private static boolean beforeNoun(List<Token> tokens, EntityMention e) {
        if (e.tokenEnd() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(e.tokenEnd());
        // "U.S. military advisers"; a proper noun that names nothing itself: "U.S. Ambassador William Walker",
        // "two U.S. Mormon missionaries"; not a word of a date ("in Peru Sunday", "in Peru last week")
        return next.pos().equals("NN") || next.pos().equals("NNS")
                || ((next.pos().equals("JJ") || next.pos().startsWith("NNP")) && next.ner().equals("O"));
    }
}
