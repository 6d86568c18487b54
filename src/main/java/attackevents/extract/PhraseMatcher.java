package attackevents.extract;

import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases of lemmas in a token sequence, longest first, without overlaps. A phrase word matches a
 * token when it equals the token's lemma or its lower-cased word ("gunmen" is found whether the tagger
 * lemmatised it or not).
 *
 * @param <T> what each phrase stands for
 */
public final class PhraseMatcher<T> {
    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();

    /**
     * A match.
     *
     * @param start first token index
     * @param end   one past the last token index
     * @param value what the phrase stands for
     * @param <T>   the value type
     */
    public record Match<T>(int start, int end, T value) {
    }

    private record Entry<T>(String[] words, T value) {
    }

    /**
     * Adds a phrase; only while the models load ({@link ExtractionModels#load}), so a matcher handed out is
     * never changed again.
     *
     * @param phrase space-separated words, lower case
     * @param value  what it stands for
     */
    void add(String phrase, T value) {
        String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
        List<Entry<T>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
        list.add(new Entry<>(words, value));
        list.sort(Comparator.comparingInt((Entry<T> e) -> e.words.length).reversed());
    }

    /**
     * Finds all non-overlapping matches, scanning left to right and taking the longest phrase at each place.
     *
     * @param tokens the tokens
     * @return the matches in order
     */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = matchAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /**
     * The longest phrase starting at a token.
     *
     * @param tokens the tokens
     * @param i      the start index
     * @return the match, or {@code null}
     */
    public Match<T> matchAt(List<Token> tokens, int i) {
        List<Entry<T>> candidates = candidates(tokens.get(i));
        for (Entry<T> e : candidates) {
            if (i + e.words.length <= tokens.size() && matches(e.words, tokens, i)) {
                return new Match<>(i, i + e.words.length, e.value);
            }
        }
        return null;
    }

    private List<Entry<T>> candidates(Token t) {
        List<Entry<T>> byLemma = byFirstWord.getOrDefault(t.lemma(), List.of());
        String word = t.word().toLowerCase(Locale.ROOT);
        if (word.equals(t.lemma())) {
            return byLemma;
        }
        List<Entry<T>> byWord = byFirstWord.getOrDefault(word, List.of());
        if (byWord.isEmpty()) {
            return byLemma;
        }
        List<Entry<T>> all = new ArrayList<>(byLemma);
        all.addAll(byWord);
        all.sort(Comparator.comparingInt((Entry<T> e) -> e.words.length).reversed());
        return all;
    }

    private static boolean matches(String[] words, List<Token> tokens, int start) {
        for (int k = 0; k < words.length; k++) {
            Token t = tokens.get(start + k);
            if (!words[k].equals(t.lemma()) && !words[k].equals(t.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
