package attackevents.roles;

import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extra features of each token the role tagger sees beside OpenNLP's own (the word and its class over two
 * tokens each side, the previous outcome): part of speech, lemma, entity type, and whether it is an attack trigger
 * or a casualty word. OpenNLP gives these to their own token only; the window comes from its word features.
 * Writing the neighbours' features into each token (the nearest trigger's distance and lemma, the nearest verbs,
 * the preposition before) was tried and gave nothing on MUC-4 dev ({@code models/roles/README.md}).
 */
public final class RoleFeatures {
    private RoleFeatures() {
    }

    /**
     * @param tokens    a sentence's tokens
     * @param triggers  positions in {@code tokens} of the tokens that belong to an attack trigger
     * @param casualty  positions of the tokens that belong to a casualty word ("killed", "wounded")
     * @return a sample without spans
     */
    public static RoleSample sample(List<Token> tokens, Set<Integer> triggers, Set<Integer> casualty) {
        List<String> words = new ArrayList<>(tokens.size());
        List<List<String>> features = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            words.add(t.word());
            List<String> f = new ArrayList<>(5);
            f.add("pos=" + t.pos());
            f.add("lem=" + t.lemma());
            if (!t.ner().equals("O")) {
                f.add("ner=" + t.ner());
            }
            if (triggers.contains(i)) {
                f.add("trig");
            }
            if (casualty.contains(i)) {
                f.add("cas");
            }
            features.add(f);
        }
        return new RoleSample(words, features, List.of());
    }
}
