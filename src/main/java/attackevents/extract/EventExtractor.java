package attackevents.extract;

import attackevents.model.AttackEvent;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * From an annotated document to the attacks it reports: finds the attack mention of each sentence, reads
 * its slots, and merges the mentions of one incident into one event. Thread-safe: it keeps no state
 * between documents.
 */
public final class EventExtractor {
    private final ExtractionModels models;
    private final MentionFinder mentions;
    private final EventMerger merger;
    private final InstanceSplitter splitter;
    private final ArticleActor articleActor;
    private final ArticleCountry articleCountry;
    private final FullNames fullNames;

    /**
     * An extractor of the attacks that happened: threats and attempts are no incidents.
     *
     * @param models the loaded data files
     */
    public EventExtractor(ExtractionModels models) {
        this(models, false);
    }

    /**
     * @param models           the loaded data files
     * @param countsUnrealized whether threatened and attempted attacks are incidents too, as the MUC-4 task
     *                         counts them ("threatened to kill the judge", "tried to kidnap the mayor")
     */
    public EventExtractor(ExtractionModels models, boolean countsUnrealized) {
        this.models = Objects.requireNonNull(models, "models");
        this.mentions = new MentionFinder(models, countsUnrealized);
        this.merger = new EventMerger(models);
        this.splitter = new InstanceSplitter(models);
        this.articleActor = new ArticleActor(models);
        this.articleCountry = new ArticleCountry(models);
        this.fullNames = new FullNames(models);
    }

    /**
     * Extracts the attacks a document reports.
     *
     * @param doc the annotated document
     * @return its events, in order of first mention
     */
    public List<AttackEvent> extract(AnnotatedDocument doc) {
        return extract(doc, triggers(doc));
    }

    /**
     * Extracts the attacks a document reports, from triggers already matched.
     *
     * @param doc      the annotated document
     * @param triggers its triggers, from {@link #triggers} on this document or on it before dates were tagged
     * @return its events, in order of first mention
     */
    public List<AttackEvent> extract(AnnotatedDocument doc, SentenceTriggers triggers) {
        List<String> countries = PlaceFinder.countriesNamed(doc.sentences(), models.places());
        Set<String> surnames = PlaceFinder.surnames(doc.sentences());
        List<AttackMention> found = new ArrayList<>();
        int lastMention = -10;
        for (Sentence s : doc.sentences()) {
            List<PhraseMatcher.Match<Trigger>> own = triggers.of(s.index());
            if (!own.isEmpty()) {
                found.addAll(sentenceMentions(s, own, doc, countries, surnames));
                lastMention = s.index();
            } else if (lastMention >= 0) {
                SentenceContext ctx = new SentenceContext(s, s.text(), doc.published(), countries, own);
                boolean next = s.index() == lastMention + 1;
                // further on, only "The victims were identified as ...": the incident told last, its victims named
                AttackMention c = next ? mentions.continuation(ctx) : mentions.namedVictims(ctx);
                if (c != null) {
                    found.add(c);
                }
                if (c != null && next) {
                    lastMention = s.index(); // the sentence after a continuation may continue it too
                }
            }
        }
        return articleCountry.fill(articleActor.fill(fullNames.fill(merger.merge(found), doc), doc), doc, countries);
    }

    /**
     * Matches the attack triggers of every sentence: their sentences are the only ones whose dates the
     * extractor reads, so the caller can run the costly date tagger on them alone, then pass the triggers on
     * to {@link #extract(AnnotatedDocument, SentenceTriggers)}.
     *
     * @param doc the annotated document
     * @return its triggers by sentence
     */
    public SentenceTriggers triggers(AnnotatedDocument doc) {
        Map<Integer, List<PhraseMatcher.Match<Trigger>>> bySentence = triggers(doc, false);
        return new SentenceTriggers(bySentence.isEmpty() ? triggers(doc, true) : bySentence);
    }

    /** @param fallback whether fallback triggers count (the article has no other) */
    private Map<Integer, List<PhraseMatcher.Match<Trigger>>> triggers(AnnotatedDocument doc, boolean fallback) {
        Map<Integer, List<PhraseMatcher.Match<Trigger>>> bySentence = new HashMap<>();
        List<Sentence> sentences = doc.sentences();
        boolean afterAttack = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> next = i + 1 < sentences.size() ? sentences.get(i + 1).tokens() : List.of();
            List<PhraseMatcher.Match<Trigger>> found = mentions.triggers(s.tokens(), next, fallback,
                    afterAttack);
            if (!found.isEmpty()) {
                bySentence.put(s.index(), found);
                afterAttack = true;
            }
        }
        return bySentence;
    }

    /** The mentions of one sentence: one, or one per attack it lists after an umbrella ("attacks, including one …"). */
    private List<AttackMention> sentenceMentions(Sentence s, List<PhraseMatcher.Match<Trigger>> triggers,
                                                 AnnotatedDocument doc, List<String> countries, Set<String> surnames) {
        List<InstanceSplitter.Segment> segments = splitter.split(s, triggers);
        boolean fallback = triggers.stream().anyMatch(m -> m.value().fallback());
        List<AttackMention> out = new ArrayList<>();
        AttackMention umbrella = null;
        for (InstanceSplitter.Segment seg : segments) {
            List<PhraseMatcher.Match<Trigger>> own = segments.size() == 1 ? triggers
                    // the sentence has a trigger, so the article has told of an attack by this segment
                    : mentions.triggers(seg.part().tokens(), List.of(), fallback, true);
            if (own.isEmpty() && seg.umbrella() != null) {
                own = List.of(new PhraseMatcher.Match<>(seg.anchor(), seg.anchor() + 1, seg.umbrella()));
            }
            if (own.isEmpty()) {
                continue;
            }
            AttackMention m = mentions.mention(new SentenceContext(seg.part(), s.text(), doc.published(), countries, own,
                    surnames));
            if (umbrella == null) {
                umbrella = m;
            } else {
                // the attacks listed inherit who and when the umbrella says, where they do not say it themselves
                if (m.actor() == null && umbrella.actor() != null) {
                    m = m.withActor(umbrella.actor(), umbrella.actorSupport());
                }
                m = m.withDateOf(umbrella);
            }
            out.add(m);
        }
        return out;
    }
}
