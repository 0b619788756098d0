package org.scorelab.audio.analysis;

/**
 * Frame-wise summary features. All take a linear-frequency magnitude spectrogram {@code |X|}
 * (as librosa does) except the zero-crossing rate, which reads the samples.
 */
public final class SpectralFeatures {

    private SpectralFeatures() {
    }

    /** Spectral centroid in Hz: {@code sum_k f_k |X_k| / sum_k |X_k|}; 0 for a silent frame. */
    public static float[] centroid(Spectrogram magnitude) {
        requireLinearMagnitude(magnitude);
        float[][] s = magnitude.raw();
        double[] f = magnitude.binHz();
        float[] out = new float[s.length];
        for (int t = 0; t < s.length; t++) {
            double num = 0;
            double den = 0;
            for (int k = 0; k < f.length; k++) {
                num += f[k] * s[t][k];
                den += s[t][k];
            }
            out[t] = den > 0 ? (float) (num / den) : 0f;
        }
        return out;
    }

    /**
     * Roll-off frequency in Hz: the centre of the lowest bin {@code k} with
     * {@code sum_{j<=k} |X_j| >= fraction * sum_j |X_j|}; 0 for a silent frame.
     *
     * @param fraction in (0, 1], commonly 0.85
     */
    public static float[] rolloff(Spectrogram magnitude, double fraction) {
        requireLinearMagnitude(magnitude);
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], was " + fraction);
        }
        float[][] s = magnitude.raw();
        float[] out = new float[s.length];
        for (int t = 0; t < s.length; t++) {
            double total = 0;
            for (float v : s[t]) {
                total += v;
            }
            if (total <= 0) {
                continue;
            }
            double acc = 0;
            double target = fraction * total;
            for (int k = 0; k < s[t].length; k++) {
                acc += s[t][k];
                if (acc >= target) {
                    out[t] = (float) magnitude.binHz(k);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Spectral flux: the Euclidean norm of the rise in magnitude from the previous frame,
     * {@code sqrt(sum_k max(0, |X_t,k| - |X_t-1,k|)^2)}; only rises count, so onsets stand out
     * and decays do not. Frame 0 has no predecessor and gets 0.
     */
    public static float[] flux(Spectrogram magnitude) {
        requireLinearMagnitude(magnitude);
        float[][] s = magnitude.raw();
        float[] out = new float[s.length];
        for (int t = 1; t < s.length; t++) {
            double acc = 0;
            for (int k = 0; k < s[t].length; k++) {
                double d = s[t][k] - s[t - 1][k];
                if (d > 0) {
                    acc += d * d;
                }
            }
            out[t] = (float) Math.sqrt(acc);
        }
        return out;
    }

    /**
     * Zero-crossing rate per frame: the number of sign changes between neighbouring samples of the
     * frame divided by the frame length (zero counts as positive). A sine of frequency {@code f}
     * crosses zero {@code 2 f} times a second, so its rate is {@code 2 f / rate}.
     */
    public static float[] zeroCrossingRate(float[] samples, Framing framing) {
        int frames = framing.frameCount(samples.length);
        float[] out = new float[frames];
        float[] buf = new float[framing.frameLength()];
        for (int t = 0; t < frames; t++) {
            framing.copyFrame(samples, t, buf);
            int n = 0;
            boolean neg = buf[0] < 0;
            for (int i = 1; i < buf.length; i++) {
                boolean ni = buf[i] < 0;
                if (ni != neg) {
                    n++;
                }
                neg = ni;
            }
            out[t] = n / (float) buf.length;
        }
        return out;
    }

    private static void requireLinearMagnitude(Spectrogram s) {
        if (s.scale() != Spectrogram.Scale.MAGNITUDE || s.axis() != Spectrogram.Axis.LINEAR) {
            throw new IllegalArgumentException("expected a linear-frequency magnitude spectrogram, got " + s.axis() + " "
                    + s.scale());
        }
    }
}
