package org.scorelab.audio.analysis;

import java.util.Arrays;

/**
 * A time-frequency matrix, {@code [frames][bins]}: an STFT magnitude or power spectrogram, a mel
 * spectrogram, or either in decibels. It knows its axes (the centre time of every frame and the
 * centre frequency of every bin), so plots and CSV files can label them. Never changes once made:
 * the array is copied in, and out through {@link #values()}.
 */
public final class Spectrogram {

    /** What the values measure. */
    public enum Scale {
        /** |X|, linear amplitude. */
        MAGNITUDE,
        /** |X|^2, linear power. */
        POWER,
        /** 10 log10 of power (see {@link Decibels}). */
        DECIBELS
    }

    /** How the bins are spaced. */
    public enum Axis {
        /** FFT bins, {@code k * rate / nFft} Hz. */
        LINEAR,
        /** Mel bands: bin frequencies are the bands' centres in Hz. */
        MEL
    }

    private final float[][] values;
    private final double[] binHz;
    private final double[] frameSeconds;
    private final Scale scale;
    private final Axis axis;

    /**
     * @param values       {@code [frames][bins]}, every row {@code binHz.length} long
     * @param binHz        centre frequency of every bin in Hz, ascending
     * @param frameSeconds centre time of every frame in seconds
     */
    public Spectrogram(float[][] values, double[] binHz, double[] frameSeconds, Scale scale, Axis axis) {
        this(deepCopy(values), binHz.clone(), frameSeconds.clone(), scale, axis, true);
    }

    /** Takes the arrays as they are: for this package's own fresh arrays only. */
    Spectrogram(float[][] values, double[] binHz, double[] frameSeconds, Scale scale, Axis axis, boolean owned) {
        if (scale == null || axis == null) {
            throw new IllegalArgumentException("scale and axis must not be null");
        }
        if (values.length != frameSeconds.length) {
            throw new IllegalArgumentException("values has " + values.length + " frames but frameSeconds has "
                    + frameSeconds.length);
        }
        for (int t = 0; t < values.length; t++) {
            if (values[t].length != binHz.length) {
                throw new IllegalArgumentException("frame " + t + " has " + values[t].length + " bins, expected "
                        + binHz.length);
            }
        }
        this.values = values;
        this.binHz = binHz;
        this.frameSeconds = frameSeconds;
        this.scale = scale;
        this.axis = axis;
    }

    private static float[][] deepCopy(float[][] v) {
        float[][] c = new float[v.length][];
        for (int i = 0; i < v.length; i++) {
            c[i] = v[i].clone();
        }
        return c;
    }

    public int frames() {
        return values.length;
    }

    public int bins() {
        return binHz.length;
    }

    public float get(int frame, int bin) {
        return values[frame][bin];
    }

    /** The whole matrix, a fresh copy. */
    public float[][] values() {
        return deepCopy(values);
    }

    /** One frame, a fresh copy. */
    public float[] frame(int t) {
        return values[t].clone();
    }

    /** The matrix without a copy, for this package's loops. */
    float[][] raw() {
        return values;
    }

    public double[] binHz() {
        return binHz.clone();
    }

    public double binHz(int bin) {
        return binHz[bin];
    }

    public double[] frameSeconds() {
        return frameSeconds.clone();
    }

    public double frameSeconds(int t) {
        return frameSeconds[t];
    }

    public Scale scale() {
        return scale;
    }

    public Axis axis() {
        return axis;
    }

    /** The smallest and largest value, {@code [min, max]}; {@code [0, 0]} when empty. */
    public float[] range() {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float[] row : values) {
            for (float v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return values.length == 0 || binHz.length == 0 ? new float[] {0, 0} : new float[] {lo, hi};
    }

    /** The same spectrogram in power: squares a magnitude spectrogram. */
    public Spectrogram toPower() {
        return switch (scale) {
            case POWER -> this;
            case MAGNITUDE -> map(v -> v * v, Scale.POWER);
            case DECIBELS -> throw new IllegalStateException("a spectrogram in dB cannot be turned back into power "
                    + "(the floor lost information)");
        };
    }

    /** This spectrogram in dB, power or magnitude alike (magnitude is squared first). */
    public Spectrogram toDecibels(Decibels db) {
        if (scale == Scale.DECIBELS) {
            return this;
        }
        return new Spectrogram(db.apply(toPower().values), binHz, frameSeconds, Scale.DECIBELS, axis, true);
    }

    private Spectrogram map(FloatOp op, Scale to) {
        float[][] out = new float[values.length][binHz.length];
        for (int t = 0; t < values.length; t++) {
            for (int k = 0; k < binHz.length; k++) {
                out[t][k] = op.apply(values[t][k]);
            }
        }
        return new Spectrogram(out, binHz, frameSeconds, to, axis, true);
    }

    @FunctionalInterface
    private interface FloatOp {
        float apply(float v);
    }

    @Override
    public String toString() {
        return "Spectrogram[" + frames() + " frames x " + bins() + " " + axis + " bins, " + scale + ", "
                + Arrays.toString(range()) + "]";
    }
}
