package org.scorelab.audio.analysis;

/**
 * Distances between two spectrograms (or cepstra) of the same rate and configuration, averaged
 * over frames.
 *
 * <p><b>Alignment.</b> Frames are paired by index: frame {@code t} of A with frame {@code t} of
 * B, and the longer one is truncated to {@code T = min(T_A, T_B)} frames. Both clips are taken to
 * start at the same moment, as for a rendering and a recording of the same score, or an audio
 * file before and after processing; for clips that drift apart in time the distances grow with
 * the drift, and they should be aligned first. How many frames were dropped is reported by
 * {@link Comparison}, so a large mismatch is visible.
 */
public final class SpectralDistance {

    /** 10 / ln 10: turns a natural-log ratio of powers into dB. */
    private static final double DB_PER_NEPER = 10 / Math.log(10);

    private SpectralDistance() {
    }

    /**
     * Log-spectral distance in dB: {@code LSD = 1/T sum_t sqrt( 1/K sum_k (10 log10(P_A[t,k] / P_B[t,k]))^2 )},
     * with every power floored at {@code amin} first (1e-10, -100 dB, as {@link Decibels#DEFAULT}), so
     * silence against silence counts 0 and silence against sound counts at most the distance to the floor.
     * Magnitude spectrograms are squared first. A copy scaled by {@code g} is {@code |20 log10 g|} dB away.
     */
    public static double logSpectral(Spectrogram a, Spectrogram b) {
        requireSameBins(a, b);
        float[][] pa = a.toPower().raw();
        float[][] pb = b.toPower().raw();
        int frames = Math.min(pa.length, pb.length);
        double amin = Decibels.DEFAULT.amin();
        double sum = 0;
        for (int t = 0; t < frames; t++) {
            double acc = 0;
            int bins = pa[t].length;
            for (int k = 0; k < bins; k++) {
                double d = DB_PER_NEPER * Math.log(Math.max(amin, pa[t][k]) / Math.max(amin, pb[t][k]));
                acc += d * d;
            }
            sum += Math.sqrt(acc / bins);
        }
        return frames == 0 ? 0 : sum / frames;
    }

    /**
     * Spectral convergence of B towards the reference A, over the truncated frames:
     * {@code SC = || |A| - |B| ||_F / || |A| ||_F} (Frobenius norms of the magnitude spectrograms). 0 when
     * equal; a copy scaled by {@code g} gives {@code |1 - g|}. Infinite when A is silent and B is not.
     */
    public static double spectralConvergence(Spectrogram a, Spectrogram b) {
        requireSameBins(a, b);
        float[][] ma = magnitude(a);
        float[][] mb = magnitude(b);
        int frames = Math.min(ma.length, mb.length);
        double num = 0;
        double den = 0;
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < ma[t].length; k++) {
                double d = ma[t][k] - mb[t][k];
                num += d * d;
                den += (double) ma[t][k] * ma[t][k];
            }
        }
        if (den == 0) {
            return num == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(num / den);
    }

    /**
     * Mel-cepstral distance: {@code MCD = 1/T sum_t sqrt( 2 sum_{d=1}^{D-1} (c_A[t,d] - c_B[t,d])^2 )}, over
     * the MFCCs of {@link Mfcc} without {@code c_0} (overall level). Those cepstra are of the log-mel in
     * dB, so they already carry the usual {@code 10 / ln 10} factor of the textbook definition
     * {@code (10/ln10) sqrt(2 sum (mc_d - mc'_d)^2)} over natural-log cepstra: the result is in dB.
     * Leaving out {@code c_0} makes it blind to a change of gain: a scaled copy is 0 away (unless the dB
     * floor clips it).
     */
    public static double melCepstral(float[][] a, float[][] b) {
        int frames = Math.min(a.length, b.length);
        double sum = 0;
        for (int t = 0; t < frames; t++) {
            if (a[t].length != b[t].length) {
                throw new IllegalArgumentException("frame " + t + " has " + a[t].length + " and " + b[t].length
                        + " coefficients");
            }
            double acc = 0;
            for (int d = 1; d < a[t].length; d++) {
                double diff = a[t][d] - b[t][d];
                acc += diff * diff;
            }
            sum += Math.sqrt(2 * acc);
        }
        return frames == 0 ? 0 : sum / frames;
    }

    /** All three distances between two clips' samples (mono, at the extractor's rate), A the reference. */
    public static Comparison compare(FeatureExtractor extractor, float[] a, float[] b) {
        Features fa = extractor.extract(a);
        Features fb = extractor.extract(b);
        return new Comparison(logSpectral(fa.magnitude(), fb.magnitude()), spectralConvergence(fa.magnitude(), fb.magnitude()),
                melCepstral(fa.mfcc(), fb.mfcc()), fa.frames(), fb.frames());
    }

    /**
     * The distances between two clips.
     *
     * @param logSpectralDb       {@link #logSpectral} in dB
     * @param spectralConvergence {@link #spectralConvergence}, a ratio
     * @param melCepstralDb       {@link #melCepstral} in dB
     * @param framesA             frames of A
     * @param framesB             frames of B; the distances use the first min(framesA, framesB)
     */
    public record Comparison(double logSpectralDb, double spectralConvergence, double melCepstralDb, int framesA,
                             int framesB) {

        public int framesCompared() {
            return Math.min(framesA, framesB);
        }
    }

    private static float[][] magnitude(Spectrogram s) {
        if (s.scale() == Spectrogram.Scale.MAGNITUDE) {
            return s.raw();
        }
        if (s.scale() == Spectrogram.Scale.POWER) {
            float[][] p = s.raw();
            float[][] m = new float[p.length][];
            for (int t = 0; t < p.length; t++) {
                m[t] = new float[p[t].length];
                for (int k = 0; k < m[t].length; k++) {
                    m[t][k] = (float) Math.sqrt(p[t][k]);
                }
            }
            return m;
        }
        throw new IllegalArgumentException("expected a magnitude or power spectrogram, got " + s.scale());
    }

    private static void requireSameBins(Spectrogram a, Spectrogram b) {
        if (a.bins() != b.bins() || a.axis() != b.axis()) {
            throw new IllegalArgumentException("spectrograms differ in their bins: " + a.bins() + " " + a.axis() + " and "
                    + b.bins() + " " + b.axis());
        }
        if (a.scale() == Spectrogram.Scale.DECIBELS || b.scale() == Spectrogram.Scale.DECIBELS) {
            throw new IllegalArgumentException("distances take linear spectrograms, not dB");
        }
    }
}
