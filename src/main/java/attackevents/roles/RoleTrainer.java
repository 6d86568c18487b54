package attackevents.roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the role tagger: OpenNLP's maximum entropy name finder with its default feature generators and BIO
 * tags, plus each token's {@link RoleFeatures} as additional context. Training is single-threaded.
 *
 * @param iterations training iterations of the maximum entropy model
 * @param cutoff     features seen fewer times than this in training are dropped
 */
public record RoleTrainer(int iterations, int cutoff) {
    public RoleTrainer {
        if (iterations < 1 || cutoff < 0) {
            throw new IllegalArgumentException("iterations must be positive and cutoff non-negative");
        }
    }

    /** @return OpenNLP's usual settings: 100 iterations, cutoff 5 */
    public static RoleTrainer defaults() {
        return new RoleTrainer(100, 5);
    }

    /**
     * @param sentences training sentences with their gold spans; at least one span
     * @param threshold the threshold the tagger will keep spans at
     * @return the trained tagger
     * @throws IllegalArgumentException when no sentence has a span
     */
    public RoleTagger train(List<RoleSample> sentences, double threshold) {
        Objects.requireNonNull(sentences, "sentences");
        if (sentences.stream().allMatch(s -> s.spans().isEmpty())) {
            throw new IllegalArgumentException("training needs at least one labelled span in " + sentences.size()
                    + " sentences");
        }
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (RoleSample s : sentences) {
            Span[] names = s.spans().stream().map(r -> new Span(r.start(), r.end(), r.type())).toArray(Span[]::new);
            samples.add(new NameSample(s.words().toArray(String[]::new), names, context(s), true));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            return new RoleTagger(NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params,
                    new TokenNameFinderFactory()), threshold);
        } catch (IOException e) {
            // Training reads only the in-memory samples: an IOException here is a library failure.
            throw new UncheckedIOException(e);
        }
    }

    /** @return the sample's features as OpenNLP's additional context */
    static String[][] context(RoleSample s) {
        String[][] out = new String[s.features().size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.features().get(i).toArray(String[]::new);
        }
        return out;
    }
}
