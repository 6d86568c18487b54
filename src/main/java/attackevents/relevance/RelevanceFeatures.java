package attackevents.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Turns a text into the tokens the categorizer's feature generators read: OpenNLP's simple tokenizer, lower
 * cased (so all-caps wire text and ordinary text look alike), with punctuation and digits-only tokens dropped
 * (numbers say little about relevance and would make the vocabulary sparse).
 */
final class RelevanceFeatures {
    private RelevanceFeatures() {
    }

    /**
     * @param text any text
     * @return its lower-case word tokens
     */
    static String[] tokens(String text) {
        Objects.requireNonNull(text, "text");
        String[] raw = SimpleTokenizer.INSTANCE.tokenize(text);
        List<String> kept = new ArrayList<>(raw.length);
        for (String t : raw) {
            if (t.chars().anyMatch(Character::isLetter)) {
                kept.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return kept.toArray(new String[0]);
    }
}
