package attackevents.extract;

import attackevents.nlp.EntityMention;
import attackevents.nlp.Sentence;
import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence that speaks of several attacks and then lists some of them ("ISKP claimed a string of
 * suicide attacks, including one on the Russian embassy in Kabul on Monday, which killed eight people"; "…,
 * including a suicide blast in Kabul that killed …, and one last week in Herat that targeted …") into an
 * umbrella part and one part per listed attack, so each listed attack gets its own place, date and toll.
 */
final class InstanceSplitter {
    private final ExtractionModels models;

    /**
     * One part of a sentence.
     *
     * @param part     the part, as a sentence of its own (offsets still into the document)
     * @param umbrella the umbrella trigger the part's "one" stands for, or {@code null}
     * @param anchor   the token of the part that stands for the attack when it has no trigger of its own
     */
    record Segment(Sentence part, Trigger umbrella, int anchor) {
    }

    InstanceSplitter(ExtractionModels models) {
        this.models = models;
    }

    /** @return the parts; the whole sentence as one part when it lists no attacks */
    List<Segment> split(Sentence s, List<PhraseMatcher.Match<Trigger>> triggers) {
        List<Token> tokens = s.tokens();
        PhraseMatcher.Match<Trigger> umbrella = null;
        for (PhraseMatcher.Match<Trigger> m : triggers) {
            if (MentionFinder.isUmbrella(tokens, m)) {
                umbrella = m;
                break;
            }
        }
        if (umbrella == null) {
            return List.of(new Segment(s, null, -1));
        }
        List<Integer> cuts = new ArrayList<>();
        PhraseMatcher<String> markers = models.cue("instance");
        for (int i = umbrella.end(); i < tokens.size(); i++) {
            PhraseMatcher.Match<String> m = markers.matchAt(tokens, i);
            if (m != null) {
                cuts.add(i);
                i = m.end() - 1;
            }
        }
        if (cuts.isEmpty()) {
            return List.of(new Segment(s, null, -1));
        }
        List<Segment> out = new ArrayList<>();
        out.add(new Segment(part(s, 0, cuts.get(0)), null, -1));
        for (int c = 0; c < cuts.size(); c++) {
            int from = cuts.get(c);
            int to = c + 1 < cuts.size() ? cuts.get(c + 1) : tokens.size();
            // the token standing for the attack: "one"/"another"/"a" is the marker's last word
            int anchor = markers.matchAt(tokens, from).end() - 1 - from;
            out.add(new Segment(part(s, from, to), umbrella.value(), anchor));
        }
        return out;
    }

    /** A sentence made of tokens {@code from..to} of {@code s}, with tokens and entities re-indexed. */
    private static Sentence part(Sentence s, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            tokens.add(new Token(i - from, t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end()));
        }
        List<EntityMention> entities = new ArrayList<>();
        for (EntityMention e : s.entities()) {
            if (e.tokenStart() >= from && e.tokenEnd() <= to) {
                entities.add(new EntityMention(e.text(), e.type(), e.normalized(), e.tokenStart() - from,
                        e.tokenEnd() - from, e.begin(), e.end()));
            }
        }
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        String text = s.text().substring(begin - s.begin(), end - s.begin());
        return new Sentence(s.index(), text, begin, end, tokens, entities);
    }
}
