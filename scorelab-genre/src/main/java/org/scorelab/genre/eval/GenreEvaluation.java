package org.scorelab.genre.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of judging a model on labelled samples.
 *
 * @param labels    the classes, in the order of the confusion matrix's rows and columns
 * @param confusion {@code confusion[actual][predicted]}: how many samples of a class got each prediction
 * @param accuracy  share of samples predicted right
 * @param macroF1   mean of the per-class F1 over the classes that occur in the samples
 * @param perClass  metrics of each class, in {@code labels} order
 */
public record GenreEvaluation(List<String> labels, int[][] confusion, double accuracy, double macroF1,
                              Map<String, ClassMetrics> perClass) {

    public GenreEvaluation {
        labels = List.copyOf(labels);
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            if (confusion[i].length != labels.size()) {
                throw new IllegalArgumentException("confusion row " + i + " has " + confusion[i].length + " columns, expected " + labels.size());
            }
            copy[i] = confusion[i].clone();
        }
        if (copy.length != labels.size()) {
            throw new IllegalArgumentException("confusion has " + copy.length + " rows, expected " + labels.size());
        }
        confusion = copy;
        perClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }

    /** Accuracy, macro-F1 and per-class metrics from a confusion matrix. */
    public static GenreEvaluation of(List<String> labels, int[][] confusion) {
        int k = labels.size();
        int total = 0;
        int correct = 0;
        Map<String, ClassMetrics> per = new LinkedHashMap<>();
        List<Double> f1s = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int actual = 0;
            int predicted = 0;
            for (int j = 0; j < k; j++) {
                actual += confusion[i][j];
                predicted += confusion[j][i];
                total += confusion[i][j];
            }
            correct += confusion[i][i];
            ClassMetrics m = ClassMetrics.of(confusion[i][i], predicted, actual);
            per.put(labels.get(i), m);
            if (actual > 0) {
                f1s.add(m.f1());
            }
        }
        double acc = total == 0 ? 0 : (double) correct / total;
        double macro = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new GenreEvaluation(labels, confusion, acc, macro, per);
    }

    @Override
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** Number of samples judged. */
    public int total() {
        int t = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                t += v;
            }
        }
        return t;
    }

    /** The confusion matrix as a Markdown table, rows actual, columns predicted. */
    public String confusionMarkdown() {
        StringBuilder sb = new StringBuilder("| actual \\ predicted |");
        for (String l : labels) {
            sb.append(' ').append(l).append(" |");
        }
        sb.append(" recall |\n|---|");
        sb.append("---:|".repeat(labels.size())).append("---:|\n");
        for (int i = 0; i < labels.size(); i++) {
            sb.append("| ").append(labels.get(i)).append(" |");
            for (int v : confusion[i]) {
                sb.append(' ').append(v).append(" |");
            }
            sb.append(String.format(java.util.Locale.ROOT, " %.3f |%n", perClass.get(labels.get(i)).recall()));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenreEvaluation e && e.labels.equals(labels) && java.util.Arrays.deepEquals(e.confusion, confusion);
    }

    @Override
    public int hashCode() {
        return 31 * labels.hashCode() + java.util.Arrays.deepHashCode(confusion);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "GenreEvaluation[%d samples, accuracy %.4f, macro-F1 %.4f]", total(), accuracy, macroF1);
    }
}
