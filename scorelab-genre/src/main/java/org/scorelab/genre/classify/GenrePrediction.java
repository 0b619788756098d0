package org.scorelab.genre.classify;

import java.util.Map;

/**
 * A predicted class with how sure the model is.
 *
 * @param label      the most likely class
 * @param confidence in [0, 1]: the class probability where the model gives probabilities (softmax,
 *                   RBF SVM with Platt scaling, the vote share of a forest or of the k neighbours),
 *                   otherwise the softmax of the decision values (linear SVM, decision tree leaves),
 *                   which orders predictions but is not calibrated
 * @param scores     the score of every class the model knows, same scale as {@code confidence}
 */
public record GenrePrediction(String label, double confidence, Map<String, Double> scores) {

    public GenrePrediction {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("label must not be empty");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        scores = Map.copyOf(scores);
    }
}
