package attackevents.extract;

import attackevents.model.AttackEvent;
import attackevents.model.Evidence;
import attackevents.model.Place;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The place of an article's events that name none in their own sentences: the country the article speaks of
 * most ({@link PlaceFinder#countriesNamed}, where a capital or a demonym counts for its country: a wire report's
 * dateline often names only the capital, and its text the country's people, "Salvadoran"), with no town. A report
 * of an attack is most often about its own country; the town it does not say is left empty rather than guessed.
 */
final class ArticleCountry {
    private final ExtractionModels models;

    /**
     * @param models the loaded data files (the place gazetteer)
     */
    ArticleCountry(ExtractionModels models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    /**
     * @param events    the article's events
     * @param doc       the annotated document
     * @param countries the countries it names, most named first ({@link PlaceFinder#countriesNamed})
     * @return the events, those without a place given the article's country, with its first mention as evidence
     */
    List<AttackEvent> fill(List<AttackEvent> events, AnnotatedDocument doc, List<String> countries) {
        if (countries.isEmpty() || events.stream().allMatch(e -> e.place() != null)) {
            return events;
        }
        Place country = firstMention(doc, countries.get(0));
        List<AttackEvent> out = new ArrayList<>();
        for (AttackEvent e : events) {
            out.add(e.place() != null ? e : e.withPlace(country));
        }
        return out;
    }

    /**
     * @return the country as a place, with the first place name that gives it (itself or its capital) as evidence,
     * else its first demonym
     */
    private Place firstMention(AnnotatedDocument doc, String country) {
        for (Sentence s : doc.sentences()) {
            for (EntityMention e : s.entities()) {
                if (SentenceContext.isA(e, PlaceFinder.PLACE_TYPES)
                        && country.equals(PlaceFinder.countryNamed(e, models.places()))) {
                    return new Place(null, country, evidence(doc, s, e.tokenStart(), e.tokenEnd()));
                }
            }
        }
        // a country the article names only by its people's demonym ("Salvadoran presidency minister")
        for (Sentence s : doc.sentences()) {
            for (PlaceFinder.Demonym d : PlaceFinder.demonyms(s, models.places())) {
                if (d.country().equals(country)) {
                    return new Place(null, country, evidence(doc, s, d.tokenStart(), d.tokenEnd()));
                }
            }
        }
        return new Place(null, country, null);
    }

    private static Evidence evidence(AnnotatedDocument doc, Sentence s, int tokenStart, int tokenEnd) {
        return new SentenceContext(s, s.text(), doc.published(), List.of(), List.of()).evidence(tokenStart, tokenEnd);
    }
}
