package attackevents.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of multi-word phrases (lower case, split into words the way {@link CountTokenizer} splits text)
 * with a value each, matched against a sentence's words at a position.
 *
 * @param <V> the value a phrase carries
 */
final class CountPhrases<V> {
    /**
     * A phrase found in a sentence.
     *
     * @param value  the phrase's value
     * @param length how many words it covers
     * @param <V>    the value type
     */
    record Hit<V>(V value, int length) {
    }

    private final Map<List<String>, V> phrases = new HashMap<>();
    private int longest;

    /**
     * @param words the phrase's words, lower case
     * @param value its value
     * @throws IllegalArgumentException when the phrase is empty or already present
     */
    void put(List<String> words, V value) {
        Objects.requireNonNull(value, "value");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        if (phrases.putIfAbsent(List.copyOf(words), value) != null) {
            throw new IllegalArgumentException("duplicate phrase '" + String.join(" ", words) + "'");
        }
        longest = Math.max(longest, words.size());
    }

    /** @return how many phrases the table holds */
    int size() {
        return phrases.size();
    }

    /**
     * @param words a sentence's words
     * @param at    the position to match at
     * @return every phrase that starts there, longest first
     */
    List<Hit<V>> allAt(List<CountWord> words, int at) {
        List<Hit<V>> hits = new ArrayList<>();
        for (int length = Math.min(longest, words.size() - at); length >= 1; length--) {
            List<String> key = new ArrayList<>(length);
            for (int k = at; k < at + length; k++) {
                key.add(words.get(k).lower());
            }
            V value = phrases.get(key);
            if (value != null) {
                hits.add(new Hit<>(value, length));
            }
        }
        return hits;
    }

    /**
     * @param words a sentence's words
     * @param at    the position to match at
     * @return the longest phrase that starts there
     */
    Optional<Hit<V>> longestAt(List<CountWord> words, int at) {
        List<Hit<V>> hits = allAt(words, at);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }
}
