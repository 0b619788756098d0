package org.scorelab.audio.analysis;

/**
 * Triangular filters on the mel scale that turn a power (or magnitude) spectrum of {@code nFft/2+1}
 * bins into {@code bands} mel bands.
 *
 * <p>The edges: {@code bands + 2} frequencies {@code f_0 .. f_{bands+1}} equally spaced in mel
 * between fMin and fMax. Filter {@code m} rises linearly from 0 at {@code f_m} to 1 at
 * {@code f_{m+1}} and falls to 0 at {@code f_{m+2}}; its weight at FFT bin frequency {@code f} is
 * {@code max(0, min((f - f_m) / (f_{m+1} - f_m), (f_{m+2} - f) / (f_{m+2} - f_{m+1})))}, multiplied
 * by {@code 2 / (f_{m+2} - f_m)} under Slaney normalisation. As librosa's {@code filters.mel}.
 *
 * <p>Each filter is kept as its nonzero run of weights, so applying the bank costs about two
 * multiplications per FFT bin rather than {@code bands}. Immutable.
 */
public final class MelFilterbank {

    private final MelConfig config;
    private final int sampleRate;
    private final int nFft;
    private final double[] edgesHz;
    private final int[] start;
    private final float[][] weights;

    public MelFilterbank(MelConfig config, int sampleRate, int nFft) {
        if (nFft < 2) {
            throw new IllegalArgumentException("nFft must be at least 2, was " + nFft);
        }
        this.config = config;
        this.sampleRate = sampleRate;
        this.nFft = nFft;
        double hi = config.upperHz(sampleRate);
        MelScale s = config.scale();
        double melLo = s.toMel(config.fMin());
        double melHi = s.toMel(hi);
        int m = config.bands();
        edgesHz = new double[m + 2];
        for (int i = 0; i < m + 2; i++) {
            edgesHz[i] = s.toHz(melLo + (melHi - melLo) * i / (m + 1));
        }
        int bins = nFft / 2 + 1;
        start = new int[m];
        weights = new float[m][];
        for (int b = 0; b < m; b++) {
            double lo = edgesHz[b];
            double mid = edgesHz[b + 1];
            double top = edgesHz[b + 2];
            double norm = config.slaneyNorm() ? 2.0 / (top - lo) : 1.0;
            int first = -1;
            int last = -1;
            double[] w = new double[bins];
            for (int k = 0; k < bins; k++) {
                double f = k * (double) sampleRate / nFft;
                double v = Math.max(0, Math.min((f - lo) / (mid - lo), (top - f) / (top - mid)));
                if (v > 0) {
                    if (first < 0) {
                        first = k;
                    }
                    last = k;
                    w[k] = v * norm;
                }
            }
            if (first < 0) {
                // A band narrower than one FFT bin catches nothing (librosa warns): it stays empty.
                start[b] = 0;
                weights[b] = new float[0];
            } else {
                start[b] = first;
                weights[b] = new float[last - first + 1];
                for (int k = first; k <= last; k++) {
                    weights[b][k - first] = (float) w[k];
                }
            }
        }
    }

    public MelConfig config() {
        return config;
    }

    public int bands() {
        return config.bands();
    }

    /** The {@code bands + 2} band edges in Hz (band {@code m} spans edges m..m+2 and peaks at m+1). */
    public double[] edgesHz() {
        return edgesHz.clone();
    }

    /** Centre (peak) frequency of every band in Hz. */
    public double[] centresHz() {
        double[] c = new double[config.bands()];
        System.arraycopy(edgesHz, 1, c, 0, c.length);
        return c;
    }

    /** The weight of FFT bin {@code bin} in band {@code band}. */
    public double weight(int band, int bin) {
        int i = bin - start[band];
        return i >= 0 && i < weights[band].length ? weights[band][i] : 0;
    }

    /** The dense matrix {@code [bands][nFft/2+1]}, a fresh array. */
    public float[][] matrix() {
        float[][] m = new float[config.bands()][nFft / 2 + 1];
        for (int b = 0; b < m.length; b++) {
            System.arraycopy(weights[b], 0, m[b], start[b], weights[b].length);
        }
        return m;
    }

    /** One spectrum frame of {@code nFft/2+1} bins into {@code out[bands]}. */
    public void apply(float[] spectrum, float[] out) {
        if (spectrum.length != nFft / 2 + 1) {
            throw new IllegalArgumentException("spectrum has " + spectrum.length + " bins, the filterbank expects "
                    + (nFft / 2 + 1));
        }
        for (int b = 0; b < weights.length; b++) {
            float[] w = weights[b];
            int s = start[b];
            float acc = 0;
            for (int i = 0; i < w.length; i++) {
                acc += w[i] * spectrum[s + i];
            }
            out[b] = acc;
        }
    }

    /** A linear power (or magnitude) spectrogram into a mel spectrogram of the same scale. */
    public Spectrogram apply(Spectrogram linear) {
        if (linear.axis() != Spectrogram.Axis.LINEAR || linear.scale() == Spectrogram.Scale.DECIBELS) {
            throw new IllegalArgumentException("the filterbank takes a linear-frequency power or magnitude spectrogram, "
                    + "got " + linear.axis() + " " + linear.scale());
        }
        float[][] in = linear.raw();
        float[][] out = new float[in.length][config.bands()];
        for (int t = 0; t < in.length; t++) {
            apply(in[t], out[t]);
        }
        return new Spectrogram(out, centresHz(), linear.frameSeconds(), linear.scale(), Spectrogram.Axis.MEL, true);
    }

    @Override
    public String toString() {
        return "MelFilterbank[" + config + ", " + sampleRate + " Hz, nFft " + nFft + "]";
    }
}
