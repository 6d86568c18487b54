package attackevents.roles;

import attackevents.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-made sentences for the role tagger's tests: attacks on poles (targets) beside reports (no targets). */
public final class RoleExamplesForTests {
    private static final String[] KINDS = {"power", "telephone", "electric", "wooden", "steel", "metal", "tall",
        "old", "new", "concrete"};
    private static final String[] TOWNS = {"Lima", "Cuzco", "Ayacucho", "Huancayo", "Puno", "Tacna", "Ica",
        "Piura", "Chiclayo", "Trujillo"};

    private RoleExamplesForTests() {
    }

    /**
     * @param words words and tags as "word/TAG" pairs, or "word/TAG/lemma" (the lemma is otherwise the word in
     *              lower case)
     * @return tokens with offsets as if the words were joined by single blanks
     */
    public static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < words.length; i++) {
            String[] wt = words[i].split("/");
            out.add(new Token(i, wt[0], wt.length > 2 ? wt[2] : wt[0].toLowerCase(java.util.Locale.ROOT), wt[1], "O", offset,
                    offset + wt[0].length()));
            offset += wt[0].length() + 1;
        }
        return out;
    }

    /** @return "Rebels toppled the KIND poles near TOWN ." (target: KIND poles) and "Officials inspected ..." */
    public static List<RoleSample> training() {
        List<RoleSample> out = new ArrayList<>();
        for (String kind : KINDS) {
            for (String town : TOWNS) {
                List<Token> attack = tokens("Rebels/NNS", "toppled/VBD", "the/DT", kind + "/JJ", "poles/NNS",
                        "near/IN", town + "/NNP", "./.");
                out.add(RoleFeatures.sample(attack, Set.of(1), Set.of())
                        .withSpans(List.of(new RoleSpan(3, 5, RoleSpan.TARGET, 1), new RoleSpan(0, 1, RoleSpan.PERP, 1))));
                List<Token> report = tokens("Officials/NNS", "inspected/VBD", "the/DT", kind + "/JJ", "report/NN",
                        "in/IN", town + "/NNP", "./.");
                out.add(RoleFeatures.sample(report, Set.of(), Set.of()));
            }
        }
        return out;
    }

    /** @return a tagger trained on {@link #training()} */
    public static RoleTagger tagger() {
        return new RoleTrainer(50, 0).train(training(), 0.5);
    }
}
