package attackevents.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the relevance categorizer: OpenNLP's maximum entropy document categorizer over a bag of words and word
 * bigrams of the lower-cased text.
 *
 * @param iterations training iterations of the maximum entropy model
 * @param cutoff     features seen fewer times than this in training are dropped
 */
public record RelevanceTrainer(int iterations, int cutoff) {
    public RelevanceTrainer {
        if (iterations < 1 || cutoff < 0) {
            throw new IllegalArgumentException("iterations must be positive and cutoff non-negative");
        }
    }

    /** @return OpenNLP's usual settings: 100 iterations, cutoff 5 */
    public static RelevanceTrainer defaults() {
        return new RelevanceTrainer(100, 5);
    }

    /**
     * @param examples labelled texts, both classes present
     * @return the trained model
     * @throws IllegalArgumentException when a class has no example
     */
    public RelevanceModel train(List<LabelledText> examples) {
        Objects.requireNonNull(examples, "examples");
        boolean anyRelevant = examples.stream().anyMatch(LabelledText::relevant);
        boolean anyIrrelevant = examples.stream().anyMatch(e -> !e.relevant());
        if (!anyRelevant || !anyIrrelevant) {
            throw new IllegalArgumentException("training needs relevant and irrelevant examples, got "
                    + examples.size() + " of one class");
        }
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (LabelledText e : examples) {
            samples.add(new DocumentSample(e.relevant() ? RelevanceClassifier.RELEVANT : RelevanceClassifier.IRRELEVANT,
                    RelevanceFeatures.tokens(e.text())));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
            return new RelevanceModel(DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples),
                    params, factory));
        } catch (IOException e) {
            // Training reads only the in-memory samples: an IOException here is a library failure.
            throw new UncheckedIOException(e);
        }
    }
}
