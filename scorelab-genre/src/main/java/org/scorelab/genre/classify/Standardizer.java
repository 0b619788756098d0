package org.scorelab.genre.classify;

import java.util.Arrays;
import java.util.List;

/**
 * Per-feature standardisation {@code (x - mean) / std}, fitted on the training samples only so
 * that nothing of the validation or test data leaks into the model. A feature that never varies
 * in training keeps std 1, so it maps to a constant instead of dividing by zero.
 */
public record Standardizer(double[] mean, double[] std) {

    public Standardizer {
        if (mean == null || std == null || mean.length != std.length) {
            throw new IllegalArgumentException("mean and std must have the same length");
        }
        for (int i = 0; i < std.length; i++) {
            if (!(std[i] > 0) || !Double.isFinite(std[i]) || !Double.isFinite(mean[i])) {
                throw new IllegalArgumentException("feature " + i + ": mean " + mean[i] + ", std " + std[i]
                        + ", expected a finite mean and a positive finite std");
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** Mean and population std of each feature over {@code samples}. */
    public static Standardizer fit(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a standardizer on no samples");
        }
        int d = samples.get(0).features().length;
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (Sample s : samples) {
            double[] x = s.features();
            if (x.length != d) {
                throw new IllegalArgumentException("sample " + s.id() + " has " + x.length + " features, expected " + d);
            }
            for (int i = 0; i < d; i++) {
                mean[i] += x[i];
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= samples.size();
        }
        for (Sample s : samples) {
            double[] x = s.features();
            for (int i = 0; i < d; i++) {
                sq[i] += (x[i] - mean[i]) * (x[i] - mean[i]);
            }
        }
        double[] std = new double[d];
        for (int i = 0; i < d; i++) {
            double v = Math.sqrt(sq[i] / samples.size());
            std[i] = v > 1e-12 ? v : 1.0;
        }
        return new Standardizer(mean, std);
    }

    public int size() {
        return mean.length;
    }

    public double[] apply(double[] x) {
        if (x.length != mean.length) {
            throw new IllegalArgumentException("got " + x.length + " features, expected " + mean.length);
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (x[i] - mean[i]) / std[i];
        }
        return out;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardizer s && Arrays.equals(s.mean, mean) && Arrays.equals(s.std, std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Standardizer[" + mean.length + " features]";
    }
}
