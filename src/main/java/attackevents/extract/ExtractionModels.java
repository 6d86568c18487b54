package attackevents.extract;

import attackevents.data.DataFile;

import attackevents.model.AttackType;
import attackevents.roles.RoleTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything extraction knows, loaded once from the data files under a {@code models/} folder: trigger
 * words, casualty words, cue words, the actor alias gazetteer, the place gazetteer, and the count lexicon.
 * Immutable after loading and safe to share between threads.
 *
 * @param triggers  attack trigger phrases
 * @param casualties casualty words (kill, injure, …) with the slot they fill
 * @param cues      cue phrases by role (irrealis, responsibility, attacker, target-prep, place-prep, distinct)
 * @param actors    known perpetrator groups
 * @param places    countries and towns
 * @param counts    the count expression finder
 * @param dates     the date resolver
 * @param roles     the trained role tagger whose targets join the rules' ones, or {@code null} for none
 */
public record ExtractionModels(PhraseMatcher<Trigger> triggers, PhraseMatcher<String> casualties,
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
        for (String[] row : DataFile.rows(lexicon.resolve("attack-triggers.tsv"))) {
            AttackType type = row[1].equals("-") ? null : AttackType.fromJson(row[1]);
            String flags = row.length > 2 ? row[2] : "";
            triggers.add(row[0], new Trigger(type, flags.contains("suicide"), flags.contains("weak")));
        }
        PhraseMatcher<String> casualties = new PhraseMatcher<>();
        for (String[] row : DataFile.rows(lexicon.resolve("casualty-words.tsv"))) {
            casualties.add(row[0], row[1]);
        }
        Map<String, PhraseMatcher<String>> cues = new HashMap<>();
        for (String[] row : DataFile.rows(lexicon.resolve("event-cues.tsv"))) {
            cues.computeIfAbsent(row[1], k -> new PhraseMatcher<>()).add(row[0], row[0]);
        }
        return new ExtractionModels(triggers, casualties, Map.copyOf(cues),
                new AliasGazetteer(modelsDir.resolve("gazetteers/actors.tsv")),
                new PlaceGazetteer(modelsDir.resolve("gazetteers")),
                new CountExpressions(lexicon), new DateResolver(), null);
    }

    /**
     * @param tagger a trained role tagger, or {@code null} for the rules alone
     * @return the same models with this tagger
     */
    public ExtractionModels withRoles(RoleTagger tagger) {
        return new ExtractionModels(triggers, casualties, cues, actors, places, counts, dates, tagger);
    }

    /**
     * @param role a cue role
     * @return the matcher for that role (empty when the file has none)
     */
    public PhraseMatcher<String> cue(String role) {
        return cues.getOrDefault(role, new PhraseMatcher<>());
    }
}
