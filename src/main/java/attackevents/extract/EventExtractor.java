package attackevents.extract;

import attackevents.model.AttackEvent;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * From an annotated document to the attacks it reports: finds the attack mention of each sentence, reads
 * its slots, and merges the mentions of one incident into one event. Thread-safe: it keeps no state
 * between documents.
 */
public final class EventExtractor {
    private final ExtractionModels models;
    private final MentionFinder mentions;
    private final EventMerger merger;

    /**
     * @param models the loaded data files
     */
    public EventExtractor(ExtractionModels models) {
        this.models = Objects.requireNonNull(models, "models");
        this.mentions = new MentionFinder(models);
        this.merger = new EventMerger(models);
    }

    /**
     * Extracts the attacks a document reports.
     *
     * @param doc the annotated document
     * @return its events, in order of first mention
     */
    public List<AttackEvent> extract(AnnotatedDocument doc) {
        List<EntityMention> allEntities = new ArrayList<>();
        doc.sentences().forEach(s -> allEntities.addAll(s.entities()));
        List<String> countries = PlaceFinder.countriesNamed(allEntities, models.places());
        List<AttackMention> found = new ArrayList<>();
        int lastMention = -10;
        for (Sentence s : doc.sentences()) {
            List<PhraseMatcher.Match<Trigger>> triggers = mentions.triggers(s.tokens());
            SentenceContext ctx = new SentenceContext(s, doc.published(), countries, triggers);
            if (!triggers.isEmpty()) {
                found.add(mentions.mention(ctx));
                lastMention = s.index();
            } else if (s.index() == lastMention + 1) {
                AttackMention c = mentions.continuation(ctx);
                if (c != null) {
                    found.add(c);
                }
            }
        }
        return merger.merge(found);
    }
}
