package org.scorelab.genre.eval;

/**
 * How one class fared.
 *
 * @param precision of the samples predicted as this class, the share that were (0 when none was predicted)
 * @param recall    of the samples of this class, the share found (0 when there were none)
 * @param f1        harmonic mean of the two (0 when both are 0)
 * @param support   samples of this class
 */
public record ClassMetrics(double precision, double recall, double f1, int support) {

    static ClassMetrics of(int truePositives, int predicted, int actual) {
        double p = predicted == 0 ? 0 : (double) truePositives / predicted;
        double r = actual == 0 ? 0 : (double) truePositives / actual;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClassMetrics(p, r, f, actual);
    }
}
