package org.scorelab.nn.ctc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The CTC probability by enumerating every alignment, for tiny cases only ({@code C^T} paths). */
final class BruteForce {

    private BruteForce() {}

    /** log p(target | x) = log of the sum over all paths that collapse to the target. */
    static double logLikelihood(double[][] logProbs, int[] target, int blank) {
        int steps = logProbs.length;
        int classes = logProbs[0].length;
        int[] path = new int[steps];
        double sum = 0;
        long total = (long) Math.pow(classes, steps);
        for (long code = 0; code < total; code++) {
            long rest = code;
            double logP = 0;
            for (int t = 0; t < steps; t++) {
                path[t] = (int) (rest % classes);
                rest /= classes;
                logP += logProbs[t][path[t]];
            }
            if (Arrays.equals(collapse(path, blank), target)) {
                sum += Math.exp(logP);
            }
        }
        return Math.log(sum);
    }

    static int[] collapse(int[] path, int blank) {
        List<Integer> out = new ArrayList<>();
        int previous = -1;
        for (int c : path) {
            if (c != previous && c != blank) {
                out.add(c);
            }
            previous = c;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Random log-softmax rows {@code [T][C]}. */
    static double[][] randomLogProbs(Random random, int steps, int classes) {
        double[][] result = new double[steps][classes];
        for (int t = 0; t < steps; t++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                result[t][c] = 2 * random.nextGaussian();
                max = Math.max(max, result[t][c]);
            }
            double norm = 0;
            for (int c = 0; c < classes; c++) {
                norm += Math.exp(result[t][c] - max);
            }
            for (int c = 0; c < classes; c++) {
                result[t][c] -= max + Math.log(norm);
            }
        }
        return result;
    }
}
