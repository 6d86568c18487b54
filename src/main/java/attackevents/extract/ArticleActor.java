package attackevents.extract;

import attackevents.model.Actor;
import attackevents.model.AttackEvent;
import attackevents.nlp.AnnotatedDocument;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The perpetrator of an article's events that do not name one in their own sentences: when the article
 * names exactly one known group (alias gazetteer, {@code models/gazetteers/actors.tsv}), reports of its
 * attacks usually name it once ("the FMLN attacked ...") and then speak only of "the rebels" or of nobody;
 * with two or more groups named, the article says nothing clear and the events stay without an actor. The
 * group also replaces an attacker described as its members ({@code group-member} cues: "the guerrillas"), as
 * the MUC-4 keys name the organisation rather than the description.
 */
final class ArticleActor {
    /** How far before a group's name a {@code victim-marker} makes it what was attacked ("attacks against the FMLN"). */
    private static final int VICTIM_MARKER_WINDOW = 2;

    private final ExtractionModels models;

    /**
     * @param models the loaded data files: the known groups, and the cues that make a group's name something
     *               other than the attacker ({@code non-agent} after it, {@code victim-marker} before it)
     */
    ArticleActor(ExtractionModels models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    /**
     * @param doc the annotated document
     * @return the only known group it names, with the evidence of its first mention; {@code null} when it
     * names none or several
     */
    Actor soleGroup(AnnotatedDocument doc) {
        Objects.requireNonNull(doc, "doc");
        Actor first = null;
        for (Sentence s : doc.sentences()) {
            SentenceContext ctx = new SentenceContext(s, s.text(), doc.published(), List.of(), List.of());
            for (AliasGazetteer.Hit h : models.actors().find(s.text())) {
                if (!ActorFinder.standsAsName(ctx, h) || !asAgent(ctx, h)) {
                    // "Taliban security forces", "attacks against the FMLN": named, but not as who attacks
                    continue;
                }
                if (first == null) {
                    first = new Actor(h.text(), h.canonical(), ctx.evidenceAt(h.start(), h.end()));
                } else if (!first.canonical().equals(h.canonical())) {
                    return null;
                }
            }
        }
        return first;
    }

    /** @return whether a group's name stands free of cues that make it a target or an authority */
    private boolean asAgent(SentenceContext ctx, AliasGazetteer.Hit h) {
        List<Token> tokens = ctx.tokens();
        int start = ctx.tokenAt(h.start());
        int end = ctx.tokenAt(h.end() - 1) + 1;
        if (end < tokens.size() && models.cue("non-agent").matchAt(tokens, end) != null) {
            return false;
        }
        return !models.hasCueBefore("victim-marker", tokens, start, VICTIM_MARKER_WINDOW, null);
    }

    /**
     * @return whether an actor is described, not named, by a {@code group-member} noun ("the guerrillas", "urban
     * terrorists"): its head, the document's token that ends where its evidence ends
     */
    private boolean isGroupMember(Actor actor, AnnotatedDocument doc) {
        if (actor.evidence() == null || !models.actors().find(actor.text()).isEmpty()) {
            return false;
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.end() == actor.evidence().end()) {
                    return models.isCue("group-member", t);
                }
            }
        }
        return false;
    }

    /**
     * @param events the article's events
     * @param doc    the annotated document
     * @return the events, those without an actor or with one described as group members given the article's
     * sole known group when it has one
     */
    List<AttackEvent> fill(List<AttackEvent> events, AnnotatedDocument doc) {
        Objects.requireNonNull(events, "events");
        if (events.stream().allMatch(e -> e.actor() != null && !isGroupMember(e.actor(), doc))) {
            return events;
        }
        Actor sole = soleGroup(doc);
        if (sole == null) {
            return events;
        }
        List<AttackEvent> out = new ArrayList<>();
        for (AttackEvent e : events) {
            out.add(e.actor() != null && !isGroupMember(e.actor(), doc) ? e : e.withActor(sole));
        }
        return out;
    }
}
