package attackevents.extract;

import attackevents.nlp.Token;
import attackevents.roles.RoleFeatures;
import attackevents.roles.RoleSample;
import attackevents.roles.RoleSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds what the role tagger reads from a sentence, marking the attack triggers and casualty words of the
 * lexicon, the same way when a model is trained ({@code train roles}) and when it is used (once per sentence, by
 * {@link MentionFinder}, for {@link TargetFinder} and {@link ActorFinder}).
 */
public final class RoleCues {
    private RoleCues() {
    }

    /**
     * @param models the extraction models (their trigger and casualty words)
     * @param tokens a sentence's tokens
     * @return the tagger's input for that sentence, without spans
     */
    public static RoleSample sample(ExtractionModels models, List<Token> tokens) {
        Set<Integer> triggers = new HashSet<>();
        for (PhraseMatcher.Match<Trigger> m : models.triggers().findAll(tokens)) {
            // fallback triggers are casualty words the tagger was trained to see as such
            for (int k = m.start(); k < m.end() && !m.value().fallback(); k++) {
                triggers.add(k);
            }
        }
        Set<Integer> casualties = new HashSet<>();
        for (PhraseMatcher.Match<String> m : models.casualties().findAll(tokens)) {
            for (int k = m.start(); k < m.end(); k++) {
                casualties.add(k);
            }
        }
        return RoleFeatures.sample(tokens, triggers, casualties);
    }

    /**
     * Runs the role tagger once on a sentence; its spans are shared by {@link TargetFinder} and
     * {@link ActorFinder}.
     *
     * @param models the extraction models, with or without a role tagger
     * @param tokens a sentence's tokens
     * @return the spans the tagger is confident of, in order; empty without a tagger
     */
    static List<RoleSpan> tagged(ExtractionModels models, List<Token> tokens) {
        return models.roles() == null ? List.of() : models.roles().confident(sample(models, tokens));
    }
}
