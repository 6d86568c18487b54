package attackevents.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cross-validates the role tagger by document: document {@code i} (in the order given) is held out in fold
 * {@code i mod K}, so that the sentences of one article never sit on both sides; each fold's model tags the
 * sentences it did not see.
 */
public final class RoleEvaluator {
    private RoleEvaluator() {
    }

    /**
     * What cross-validation produced.
     *
     * @param models    the model of each fold, trained without that fold's documents
     * @param predicted for each document, for each of its sentences, every span its fold's model found
     */
    public record CrossValidation(List<RoleTagger> models, List<List<List<RoleSpan>>> predicted) {
        public CrossValidation {
            models = List.copyOf(models);
            predicted = List.copyOf(predicted);
        }
    }

    /** @return the fold that holds out document {@code index} */
    public static int foldOf(int index, int folds) {
        return index % folds;
    }

    /**
     * @param trainer   the trainer
     * @param documents documents, each a list of labelled sentences
     * @param folds     K, at least 2 and at most the number of documents
     * @param threshold the threshold each fold's tagger keeps
     * @return the fold models and their predictions on held-out documents
     */
    public static CrossValidation crossValidate(RoleTrainer trainer, List<List<RoleSample>> documents, int folds,
                                                double threshold) {
        Objects.requireNonNull(trainer, "trainer");
        if (folds < 2 || folds > documents.size()) {
            throw new IllegalArgumentException("folds must be in [2, " + documents.size() + "], got " + folds);
        }
        List<RoleTagger> models = new ArrayList<>();
        List<List<List<RoleSpan>>> predicted = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            predicted.add(null);
        }
        for (int k = 0; k < folds; k++) {
            List<RoleSample> train = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (foldOf(i, folds) != k) {
                    train.addAll(documents.get(i));
                }
            }
            RoleTagger model = trainer.train(train, threshold);
            models.add(model);
            for (int i = 0; i < documents.size(); i++) {
                if (foldOf(i, folds) == k) {
                    predicted.set(i, documents.get(i).stream().map(model::tag).toList());
                }
            }
        }
        return new CrossValidation(models, predicted);
    }

    /**
     * @param documents the labelled documents
     * @param predicted what was predicted for them, sentence by sentence
     * @param type      the span type to score
     * @param threshold predicted spans less probable than this are left out
     * @return the span scores of that type
     */
    public static SpanScores score(List<List<RoleSample>> documents, List<List<List<RoleSpan>>> predicted,
                                   String type, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int d = 0; d < documents.size(); d++) {
            for (int s = 0; s < documents.get(d).size(); s++) {
                List<RoleSpan> gold = documents.get(d).get(s).spans().stream()
                        .filter(g -> g.type().equals(type)).toList();
                List<RoleSpan> pred = predicted.get(d).get(s).stream()
                        .filter(p -> p.type().equals(type) && p.probability() >= threshold).toList();
                int hit = (int) pred.stream().filter(p -> gold.stream().anyMatch(p::sameAs)).count();
                tp += hit;
                fp += pred.size() - hit;
                fn += gold.size() - hit;
            }
        }
        return new SpanScores(tp, fp, fn);
    }
}
