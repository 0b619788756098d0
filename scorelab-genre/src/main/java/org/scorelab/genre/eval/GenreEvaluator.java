package org.scorelab.genre.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.Sample;

/** Judges a model on labelled samples it has not been trained on. */
public final class GenreEvaluator {

    /**
     * Predicts every sample and counts. The classes are the model's plus any that occur only in the
     * samples (a class the model never saw counts as always missed).
     */
    public GenreEvaluation evaluate(GenreModel model, List<Sample> samples) {
        List<String> predicted = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            predicted.add(model.predict(s.features()).label());
        }
        TreeSet<String> labels = new TreeSet<>(model.labels());
        samples.forEach(s -> labels.add(s.label()));
        return evaluate(List.copyOf(labels), samples.stream().map(Sample::label).toList(), predicted);
    }

    /** Counts pairs of actual and predicted labels over the given classes. */
    public GenreEvaluation evaluate(List<String> labels, List<String> actual, List<String> predicted) {
        if (actual.size() != predicted.size()) {
            throw new IllegalArgumentException(actual.size() + " actual labels but " + predicted.size() + " predictions");
        }
        int[][] confusion = new int[labels.size()][labels.size()];
        for (int i = 0; i < actual.size(); i++) {
            int a = labels.indexOf(actual.get(i));
            int p = labels.indexOf(predicted.get(i));
            if (a < 0 || p < 0) {
                throw new IllegalArgumentException("label '" + (a < 0 ? actual.get(i) : predicted.get(i)) + "' is not one of " + labels);
            }
            confusion[a][p]++;
        }
        return GenreEvaluation.of(labels, confusion);
    }
}
