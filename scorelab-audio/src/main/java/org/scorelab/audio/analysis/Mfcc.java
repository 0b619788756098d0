package org.scorelab.audio.analysis;

/**
 * Mel-frequency cepstral coefficients: the orthonormal DCT-II of every log-mel frame,
 * {@code c[k] = s_k sqrt(2/M) sum_{m<M} L[m] cos(pi k (2m+1) / 2M)}, {@code s_0 = 1/sqrt 2},
 * {@code s_k = 1} otherwise, where {@code L} is the frame in dB and {@code M} the number of bands.
 * Orthonormal means the transform keeps Euclidean distances: a distance between two cepstra
 * equals that between their log-mel frames when all {@code M} coefficients are kept. As librosa's
 * {@code feature.mfcc} (with {@code dct_type=2, norm='ortho'}). Immutable.
 */
public final class Mfcc {

    private final int coefficients;
    private final int bands;
    private final float[][] basis;

    /**
     * @param coefficients how many to keep, 1..bands
     * @param bands        mel bands of the input
     */
    public Mfcc(int coefficients, int bands) {
        if (bands < 1) {
            throw new IllegalArgumentException("bands must be at least 1, was " + bands);
        }
        if (coefficients < 1 || coefficients > bands) {
            throw new IllegalArgumentException("coefficients must be in 1.." + bands + " (the mel bands), was " + coefficients);
        }
        this.coefficients = coefficients;
        this.bands = bands;
        this.basis = new float[coefficients][bands];
        for (int k = 0; k < coefficients; k++) {
            double s = Math.sqrt(2.0 / bands) * (k == 0 ? Math.sqrt(0.5) : 1.0);
            for (int m = 0; m < bands; m++) {
                basis[k][m] = (float) (s * Math.cos(Math.PI * k * (2 * m + 1) / (2.0 * bands)));
            }
        }
    }

    public int coefficients() {
        return coefficients;
    }

    /** One log-mel frame into {@code out[coefficients]}. */
    public void apply(float[] logMel, float[] out) {
        if (logMel.length != bands) {
            throw new IllegalArgumentException("frame has " + logMel.length + " bands, expected " + bands);
        }
        for (int k = 0; k < coefficients; k++) {
            float[] b = basis[k];
            double acc = 0;
            for (int m = 0; m < bands; m++) {
                acc += b[m] * logMel[m];
            }
            out[k] = (float) acc;
        }
    }

    /** A log-mel spectrogram (in dB) into {@code [frames][coefficients]}. */
    public float[][] apply(Spectrogram logMel) {
        if (logMel.scale() != Spectrogram.Scale.DECIBELS) {
            throw new IllegalArgumentException("MFCCs are taken of a spectrogram in dB, got " + logMel.scale());
        }
        float[][] in = logMel.raw();
        float[][] out = new float[in.length][coefficients];
        for (int t = 0; t < in.length; t++) {
            apply(in[t], out[t]);
        }
        return out;
    }
}
