package org.scorelab.nn.ctc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoders of CTC outputs (Graves et al. 2006) over log-probabilities {@code [T,C]} of one sample
 * or {@code [N,T,C]} of a batch. Greedy (best path) decoding takes the most probable class of each
 * step, collapses repeats and drops blanks; it is exact only when one path dominates. Prefix beam
 * search (Graves et al. 2006, section 3.2; in the form of Hannun et al. 2014, "First-Pass Large
 * Vocabulary Continuous Speech Recognition using Bi-Directional Recurrent DNNs") keeps the {@code
 * width} most probable labellings, each with the log-probability of its alignments ending in a
 * blank and in a label, and so sums over alignments as the loss does. Everything runs in Java on
 * the host copy of the array: decoding is sequential and cheap next to the network.
 */
public final class CtcDecoder {

    private final int blank;

    private CtcDecoder(int blank) {
        this.blank = blank;
    }

    /** A decoder with blank 0. */
    public static CtcDecoder create() {
        return new CtcDecoder(0);
    }

    /** A decoder with the given blank index. */
    public static CtcDecoder create(int blank) {
        if (blank < 0) {
            throw new IllegalArgumentException("blank must be at least 0, was " + blank);
        }
        return new CtcDecoder(blank);
    }

    /** A labelling and the log of its probability (summed over its alignments for beam search). */
    public record Hypothesis(List<Integer> labels, double logProbability) {
        /** Copies the labels. */
        public Hypothesis {
            labels = List.copyOf(labels);
        }

        /** The labels as an array. */
        public int[] toArray() {
            return labels.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Best-path decoding of one sample's log-probabilities {@code [T][C]}. */
    public int[] greedy(float[][] logProbs) {
        List<Integer> labels = new ArrayList<>();
        int previous = -1;
        for (float[] step : logProbs) {
            int best = argmax(step);
            if (best != previous && best != blank) {
                labels.add(best);
            }
            previous = best;
        }
        return labels.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Best-path decoding of a batch {@code [N,T,C]}, each sample over its first length steps. */
    public List<int[]> greedy(NDArray logProbs, NDArray lengths) {
        List<int[]> result = new ArrayList<>();
        for (float[][] sample : samples(logProbs, lengths)) {
            result.add(greedy(sample));
        }
        return result;
    }

    /** The most probable labelling found by prefix beam search of the given width. */
    public int[] beam(float[][] logProbs, int width) {
        return beamSearch(logProbs, width).get(0).toArray();
    }

    /** Prefix beam search of a batch {@code [N,T,C]}, each sample over its first length steps. */
    public List<int[]> beam(NDArray logProbs, NDArray lengths, int width) {
        List<int[]> result = new ArrayList<>();
        for (float[][] sample : samples(logProbs, lengths)) {
            result.add(beam(sample, width));
        }
        return result;
    }

    /**
     * Prefix beam search over one sample's log-probabilities {@code [T][C]}.
     *
     * @return at most {@code width} labellings, most probable first
     */
    public List<Hypothesis> beamSearch(float[][] logProbs, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("beam width must be at least 1, was " + width);
        }
        // prefix -> {log p(alignments ending in blank), log p(alignments ending in a label)}
        Map<List<Integer>, double[]> beams = new HashMap<>();
        beams.put(List.of(), new double[] {0, Double.NEGATIVE_INFINITY});
        for (float[] step : logProbs) {
            if (blank >= step.length) {
                throw new IllegalArgumentException(
                        "blank " + blank + " is not one of the " + step.length + " classes");
            }
            Map<List<Integer>, double[]> next = new HashMap<>();
            for (Map.Entry<List<Integer>, double[]> beam : beams.entrySet()) {
                List<Integer> prefix = beam.getKey();
                double endsBlank = beam.getValue()[0];
                double endsLabel = beam.getValue()[1];
                double total = logAdd(endsBlank, endsLabel);
                int last = prefix.isEmpty() ? -1 : prefix.get(prefix.size() - 1);
                for (int c = 0; c < step.length; c++) {
                    double p = step[c];
                    if (c == blank) {
                        add(next, prefix, 0, total + p);
                    } else if (c == last) {
                        // a repeat extends the prefix only across a blank; otherwise it merges
                        add(next, extend(prefix, c), 1, endsBlank + p);
                        add(next, prefix, 1, endsLabel + p);
                    } else {
                        add(next, extend(prefix, c), 1, total + p);
                    }
                }
            }
            beams = prune(next, width);
        }
        List<Hypothesis> result = new ArrayList<>();
        for (Map.Entry<List<Integer>, double[]> beam : beams.entrySet()) {
            result.add(new Hypothesis(beam.getKey(), logAdd(beam.getValue()[0], beam.getValue()[1])));
        }
        result.sort(Comparator.comparingDouble(Hypothesis::logProbability).reversed()
                .thenComparing(h -> h.labels().toString()));
        return result;
    }

    private static Map<List<Integer>, double[]> prune(Map<List<Integer>, double[]> beams, int width) {
        if (beams.size() <= width) {
            return beams;
        }
        List<Map.Entry<List<Integer>, double[]>> entries = new ArrayList<>(beams.entrySet());
        entries.sort(Comparator.comparingDouble(
                (Map.Entry<List<Integer>, double[]> e) -> -logAdd(e.getValue()[0], e.getValue()[1]))
                .thenComparing(e -> e.getKey().toString()));
        Map<List<Integer>, double[]> kept = new HashMap<>();
        for (Map.Entry<List<Integer>, double[]> e : entries.subList(0, width)) {
            kept.put(e.getKey(), e.getValue());
        }
        return kept;
    }

    private static void add(Map<List<Integer>, double[]> beams, List<Integer> prefix, int slot, double logP) {
        if (logP == Double.NEGATIVE_INFINITY) {
            return; // an impossible extension (a repeat with no alignment ending in blank) is no prefix
        }
        double[] scores = beams.computeIfAbsent(
                prefix, k -> new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY});
        scores[slot] = logAdd(scores[slot], logP);
    }

    private static List<Integer> extend(List<Integer> prefix, int label) {
        List<Integer> longer = new ArrayList<>(prefix.size() + 1);
        longer.addAll(prefix);
        longer.add(label);
        return List.copyOf(longer);
    }

    static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static List<float[][]> samples(NDArray logProbs, NDArray lengths) {
        Shape shape = logProbs.getShape();
        if (shape.dimension() != 3) {
            throw new IllegalArgumentException("expected log-probabilities [N,T,C], found " + shape);
        }
        int n = (int) shape.get(0);
        int steps = (int) shape.get(1);
        int classes = (int) shape.get(2);
        float[] flat = logProbs.toType(DataType.FLOAT32, false).toFloatArray();
        long[] valid = new long[n];
        if (lengths == null) {
            Arrays.fill(valid, steps);
        } else {
            valid = lengths.toType(DataType.INT64, false).toLongArray();
            if (valid.length != n) {
                throw new IllegalArgumentException(
                        "expected " + n + " lengths, found " + valid.length);
            }
        }
        List<float[][]> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (valid[i] < 0 || valid[i] > steps) {
                throw new IllegalArgumentException(
                        "length of sample " + i + " is " + valid[i] + ", expected 0.." + steps);
            }
            float[][] sample = new float[(int) valid[i]][];
            for (int t = 0; t < valid[i]; t++) {
                int from = (i * steps + t) * classes;
                sample[t] = Arrays.copyOfRange(flat, from, from + classes);
            }
            result.add(sample);
        }
        return result;
    }
}
