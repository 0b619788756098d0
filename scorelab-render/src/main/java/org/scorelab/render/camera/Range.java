package org.scorelab.render.camera;

import java.util.random.RandomGenerator;

/** A closed interval a distortion parameter is drawn from uniformly; min == max fixes it. */
public record Range(double min, double max) {
    public Range {
        if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
            throw new IllegalArgumentException("range must be finite with min <= max, was " + min + ".." + max);
        }
    }

    public static Range of(double min, double max) {
        return new Range(min, max);
    }

    public static Range fixed(double v) {
        return new Range(v, v);
    }

    public double draw(RandomGenerator rng) {
        return min == max ? min : min + (max - min) * rng.nextDouble();
    }

    /** Throws naming {@code field} unless this range lies within lo..hi. */
    void requireWithin(String field, double lo, double hi) {
        if (min < lo || max > hi) {
            throw new IllegalArgumentException(field + " must lie within " + lo + ".." + hi + ", was " + min + ".." + max);
        }
    }
}
