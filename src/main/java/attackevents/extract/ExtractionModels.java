package attackevents.extract;

import attackevents.data.DataFile;

import attackevents.model.AttackType;
import attackevents.nlp.Token;
import attackevents.roles.RoleTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything extraction knows, loaded once from the data files under a {@code models/} folder: trigger
 * words, casualty words, cue words, the actor alias gazetteer, the place gazetteer, and the count lexicon.
 * Immutable after loading and safe to share between threads.
 *
 * @param triggers  attack trigger phrases
 * @param casualties casualty words (kill, injure, …) with the slot they fill
 * @param typePrecedence the attack types, the one that wins when a sentence's triggers give several first
 * @param responsibility cue phrases that say who did it, with the side the name stands on and their weight
 * @param cues      cue phrases by role (irrealis, irrealis-modal, attacker, target-prep, place-prep, distinct, …)
 * @param actors    known perpetrator groups
 * @param places    countries and towns
 * @param counts    the count expression finder
 * @param dates     the date resolver
 * @param roles     the trained role tagger whose targets join the rules' ones and whose perpetrators fill
 *                  an actor the rules leave empty, or {@code null} for none
 */
public record ExtractionModels(PhraseMatcher<Trigger> triggers, PhraseMatcher<String> casualties,
                               List<AttackType> typePrecedence, PhraseMatcher<ResponsibilityCue> responsibility,
                               Map<String, PhraseMatcher<String>> cues, AliasGazetteer actors,
                               PlaceGazetteer places, CountExpressions counts, DateResolver dates, RoleTagger roles) {
    /** Casualty slot names as they appear in {@code casualty-words.tsv}. */
    public static final String FATALITIES = "fatalities";
    /** Casualty slot name for the injured. */
    public static final String INJURED = "injured";

    /**
     * Loads the data files.
     *
     * @param modelsDir the {@code models/} folder
     * @return the loaded models
     * @throws IllegalArgumentException when the folder is not there
     */
    public static ExtractionModels load(Path modelsDir) {
        if (!Files.isDirectory(modelsDir.resolve("lexicon"))) {
            throw new IllegalArgumentException("models folder not found at " + modelsDir.toAbsolutePath()
                    + " (give --models DIR or run from the project folder)");
        }
        Path lexicon = modelsDir.resolve("lexicon");
        PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
        for (String[] row : DataFile.rows(lexicon.resolve("attack-triggers.tsv"), 2)) {
            AttackType type = row[1].equals("-") ? null : AttackType.fromJson(row[1]);
            String flags = row.length > 2 ? row[2] : "";
            triggers.add(row[0], new Trigger(type, flags.contains("suicide"), flags.contains("weak"),
                    flags.contains("fallback")));
        }
        PhraseMatcher<String> casualties = new PhraseMatcher<>();
        for (String[] row : DataFile.rows(lexicon.resolve("casualty-words.tsv"), 2)) {
            casualties.add(row[0], row[1]);
        }
        Map<String, PhraseMatcher<String>> cues = new HashMap<>();
        for (String[] row : DataFile.rows(lexicon.resolve("event-cues.tsv"), 2)) {
            cues.computeIfAbsent(row[1], k -> new PhraseMatcher<>()).add(row[0], row[0]);
        }
        return new ExtractionModels(triggers, casualties,
                typePrecedence(lexicon.resolve("attack-type-precedence.txt")),
                responsibilityCues(lexicon.resolve("responsibility-cues.tsv")), Map.copyOf(cues),
                new AliasGazetteer(modelsDir.resolve("gazetteers/actors.tsv")),
                new PlaceGazetteer(modelsDir.resolve("gazetteers")),
                new CountExpressions(lexicon), DateResolver.load(lexicon), null);
    }

    /**
     * @param tagger a trained role tagger, or {@code null} for the rules alone
     * @return the same models with this tagger
     */
    public ExtractionModels withRoles(RoleTagger tagger) {
        return new ExtractionModels(triggers, casualties, typePrecedence, responsibility, cues, actors, places, counts,
                dates, tagger);
    }

    /**
     * Reads {@code attack-type-precedence.txt}: the attack types, one per line, the one that wins first.
     *
     * @param file the file
     * @return the types in order of precedence
     * @throws IllegalArgumentException when a type is unknown, repeated or missing
     */
    static List<AttackType> typePrecedence(Path file) {
        List<AttackType> order = new ArrayList<>();
        for (String[] row : DataFile.rows(file)) {
            AttackType type;
            try {
                type = AttackType.fromJson(row[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": unknown attack type '" + row[0] + "'");
            }
            if (order.contains(type)) {
                throw new IllegalArgumentException(file + ": " + row[0] + " is listed twice");
            }
            order.add(type);
        }
        if (order.size() != AttackType.values().length) {
            List<AttackType> missing = new ArrayList<>(List.of(AttackType.values()));
            missing.removeAll(order);
            throw new IllegalArgumentException(file + ": no place for " + missing.stream()
                    .map(AttackType::jsonName).toList());
        }
        return List.copyOf(order);
    }

    /**
     * @param a an attack type
     * @param b another
     * @return whether {@code a} wins over {@code b} when one incident has both
     */
    public boolean precedes(AttackType a, AttackType b) {
        return typePrecedence.indexOf(a) < typePrecedence.indexOf(b);
    }

    /**
     * Reads {@code responsibility-cues.tsv}: phrase, side ({@code before} or {@code after}), weight.
     *
     * @param file the file
     * @return the cues
     * @throws IllegalArgumentException on a malformed line, naming the file and the phrase
     */
    static PhraseMatcher<ResponsibilityCue> responsibilityCues(Path file) {
        PhraseMatcher<ResponsibilityCue> cues = new PhraseMatcher<>();
        for (String[] row : DataFile.rows(file)) {
            if (row.length != 3 || !(row[1].equals("before") || row[1].equals("after"))) {
                throw new IllegalArgumentException(file + ": '" + String.join("\t", row)
                        + "' is not phrase<TAB>before|after<TAB>weight");
            }
            double weight;
            try {
                weight = Double.parseDouble(row[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": weight '" + row[2] + "' of '" + row[0] + "' is no number");
            }
            cues.add(row[0], new ResponsibilityCue(row[1].equals("after"), weight));
        }
        return cues;
    }

    /**
     * @param role a cue role
     * @return the matcher for that role (empty when the file has none)
     */
    public PhraseMatcher<String> cue(String role) {
        return cues.getOrDefault(role, new PhraseMatcher<>());
    }

    /**
     * @param head the head noun of a phrase
     * @return whether it names no victim: a generic word ("people"), a weapon, a time or the act itself ("bombs",
     * "months", "attack"), or an attacker ("gunman"): the {@code generic-victim}, {@code not-target} and
     * {@code attacker-only} cues
     */
    public boolean namesNoVictim(Token head) {
        return isCue("generic-victim", head) || isCue("not-target", head) || isCue("attacker-only", head);
    }

    /**
     * @param role  a cue role
     * @param token a token
     * @return whether the token alone is a cue of that role (by its lemma or its lower-cased word)
     */
    public boolean isCue(String role, Token token) {
        return cue(role).matchAt(List.of(token), 0) != null;
    }

    /**
     * @param role a cue role
     * @param word a word outside any sentence (a target's head, a word of a toll's text)
     * @return whether the word alone, lower-cased, is a cue of that role
     */
    public boolean isCueWord(String role, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return isCue(role, new Token(0, lower, lower, "", "O", 0, 0));
    }

    /**
     * @param role   a cue role
     * @param tokens a sentence's tokens
     * @param start  a token index
     * @param window how many tokens before it to look at
     * @param tag    the part-of-speech tag the cue's first token must carry, or {@code null} for any
     * @return whether a cue of that role starts within the window before the token
     */
    public boolean hasCueBefore(String role, List<Token> tokens, int start, int window, String tag) {
        PhraseMatcher<String> matcher = cue(role);
        for (int k = Math.max(0, start - window); k < start; k++) {
            if ((tag == null || tokens.get(k).pos().equals(tag)) && matcher.matchAt(tokens, k) != null) {
                return true;
            }
        }
        return false;
    }
}
