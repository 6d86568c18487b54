package attackevents.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Measures relevance classifiers: scores on held-out texts, k-fold cross-validation on training texts, and the
 * threshold that keeps a wanted share of relevant articles.
 */
public final class RelevanceEvaluator {
    private RelevanceEvaluator() {
    }

    /**
     * @param classifier a classifier
     * @param examples   texts it was not trained on
     * @return each text with its probability, in input order
     */
    public static List<ScoredText> score(RelevanceClassifier classifier, List<LabelledText> examples) {
        Objects.requireNonNull(classifier, "classifier");
        List<ScoredText> out = new ArrayList<>(examples.size());
        for (LabelledText e : examples) {
            out.add(new ScoredText(e, classifier.probability(e.text())));
        }
        return out;
    }

    /**
     * k-fold cross-validation: example {@code i} is in fold {@code i mod k}; each fold is scored by a model
     * trained on the other folds.
     *
     * @param trainer  the trainer
     * @param examples all labelled texts, in a fixed (e.g. sorted) order so that runs repeat
     * @param folds    k, at least 2
     * @return every example with its out-of-fold probability, in input order
     */
    public static List<ScoredText> crossValidate(RelevanceTrainer trainer, List<LabelledText> examples, int folds) {
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(examples, "examples");
        if (folds < 2 || folds > examples.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of examples, got " + folds);
        }
        ScoredText[] scored = new ScoredText[examples.size()];
        for (int f = 0; f < folds; f++) {
            List<LabelledText> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != f) {
                    train.add(examples.get(i));
                }
            }
            RelevanceClassifier c = trainer.train(train).classifier(RelevanceClassifier.DEFAULT_THRESHOLD);
            for (int i = f; i < examples.size(); i += folds) {
                scored[i] = new ScoredText(examples.get(i), c.probability(examples.get(i).text()));
            }
        }
        return List.of(scored);
    }

    /**
     * @param scored    texts with probabilities
     * @param threshold keep a text when its probability is at least this
     * @return the tallies
     */
    public static RelevanceScores at(List<ScoredText> scored, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (ScoredText s : scored) {
            boolean kept = s.probability() >= threshold;
            if (s.example().relevant()) {
                tp += kept ? 1 : 0;
                fn += kept ? 0 : 1;
            } else {
                fp += kept ? 1 : 0;
                tn += kept ? 0 : 1;
            }
        }
        return new RelevanceScores(tp, fp, fn, tn);
    }

    /**
     * The highest threshold that keeps at least {@code minRecall} of the relevant texts: each relevant text's
     * probability is a candidate, taken from the top down.
     *
     * @param scored    texts with (out-of-fold) probabilities
     * @param minRecall the share of relevant texts to keep, in (0, 1]
     * @return the threshold, 0 when there is no relevant text
     */
    public static double chooseThreshold(List<ScoredText> scored, double minRecall) {
        if (!(minRecall > 0 && minRecall <= 1)) {
            throw new IllegalArgumentException("minRecall must be in (0, 1], got " + minRecall);
        }
        List<Double> relevant = scored.stream().filter(s -> s.example().relevant()).map(ScoredText::probability)
                .sorted(Comparator.reverseOrder()).toList();
        if (relevant.isEmpty()) {
            return 0;
        }
        int keep = (int) Math.ceil(minRecall * relevant.size());
        return relevant.get(Math.max(0, keep - 1));
    }
}
