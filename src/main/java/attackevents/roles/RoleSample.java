package attackevents.roles;

import java.util.List;

/**
 * One sentence for the role tagger: its words, the extra features of each word ({@link RoleFeatures}), and, for
 * training, its gold spans.
 *
 * @param words    the tokens as the pipeline wrote them
 * @param features for each token, its extra features
 * @param spans    the gold spans (empty when unknown or none), not overlapping
 */
public record RoleSample(List<String> words, List<List<String>> features, List<RoleSpan> spans) {
    public RoleSample {
        words = List.copyOf(words);
        features = features.stream().map(List::copyOf).toList();
        spans = List.copyOf(spans);
        if (features.size() != words.size()) {
            throw new IllegalArgumentException("one feature list per word: " + features.size() + " for "
                    + words.size() + " words");
        }
        for (RoleSpan s : spans) {
            if (s.end() > words.size()) {
                throw new IllegalArgumentException("span " + s + " beyond " + words.size() + " words");
            }
        }
    }

    /** @return the same sentence with other spans */
    public RoleSample withSpans(List<RoleSpan> other) {
        return new RoleSample(words, features, other);
    }
}
