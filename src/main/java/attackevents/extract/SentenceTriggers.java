package attackevents.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attack triggers of each sentence of one document, matched once ({@link EventExtractor#triggers}) and used
 * twice: to choose the sentences the costly date tagger reads, and to extract the events. Tagging dates adds
 * entities but leaves words, lemmas and tags alone, so the triggers stay valid for the tagged document.
 */
public final class SentenceTriggers {
    private final Map<Integer, List<PhraseMatcher.Match<Trigger>>> bySentence;

    SentenceTriggers(Map<Integer, List<PhraseMatcher.Match<Trigger>>> bySentence) {
        this.bySentence = new TreeMap<>(bySentence);
    }

    /** @return the indexes of the sentences that mention an attack */
    public Set<Integer> sentences() {
        return Set.copyOf(bySentence.keySet());
    }

    /** @return the triggers of a sentence, empty when it mentions no attack */
    List<PhraseMatcher.Match<Trigger>> of(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }
}
