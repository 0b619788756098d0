package org.scorelab.audio.analysis;

/**
 * Distances between two spectrograms (or cepstra) of the same rate and configuration, averaged
 * over paired frames.
 *
 * <p><b>Alignment.</b> {@link Alignment#TRUNCATE} (the default) pairs frame {@code t} of A with
 * frame {@code t} of B and cuts the longer one to {@code T = min(T_A, T_B)} frames: both clips are
 * taken to start together, as for a file before and after processing, or two renderings of one
 * score at one tempo. {@link Alignment#DTW} pairs them along the dynamic-time-warping path of
 * least total MFCC distance (c0 left out, so gain does not steer it), for clips of the same music
 * that drift apart in time, such as a rendering against a recording; every distance is then the
 * mean (or, for spectral convergence, the ratio of sums) over the path's pairs, so a frame of one
 * clip may count several times. How many frames and pairs were used is reported in
 * {@link Comparison}.
 */
public final class SpectralDistance {

    /** 10 / ln 10: turns a natural-log ratio of powers into dB. */
    private static final double DB_PER_NEPER = 10 / Math.log(10);

    /** DTW keeps a {@code T_A x T_B} cost matrix of floats; beyond this many cells it refuses (about 100 MB). */
    public static final long MAX_DTW_CELLS = 25_000_000L;

    /** How the frames of A and B are paired. */
    public enum Alignment {
        /** Frame t with frame t, the longer cut to the shorter. */
        TRUNCATE,
        /** Along the least-cost dynamic-time-warping path over the MFCCs (c1 and up). */
        DTW
    }

    private SpectralDistance() {
    }

    /**
     * Log-spectral distance in dB: {@code LSD = 1/T sum_t sqrt( 1/K sum_k (10 log10(P_A[t,k] / P_B[t,k]))^2 )},
     * with every power floored at {@code amin} first (1e-10, -100 dB, as {@link Decibels#DEFAULT}), so
     * silence against silence counts 0 and silence against sound counts at most the distance to the floor.
     * Magnitude spectrograms are squared first. A copy scaled by {@code g} is {@code |20 log10 g|} dB away.
     */
    public static double logSpectral(Spectrogram a, Spectrogram b) {
        return logSpectral(a, b, Pairs.diagonal(a.frames(), b.frames()));
    }

    static double logSpectral(Spectrogram a, Spectrogram b, Pairs pairs) {
        requireSameBins(a, b);
        float[][] pa = a.toPower().raw();
        float[][] pb = b.toPower().raw();
        double amin = Decibels.DEFAULT.amin();
        double sum = 0;
        for (int p = 0; p < pairs.size(); p++) {
            float[] fa = pa[pairs.a[p]];
            float[] fb = pb[pairs.b[p]];
            double acc = 0;
            for (int k = 0; k < fa.length; k++) {
                double d = DB_PER_NEPER * Math.log(Math.max(amin, fa[k]) / Math.max(amin, fb[k]));
                acc += d * d;
            }
            sum += Math.sqrt(acc / fa.length);
        }
        return pairs.size() == 0 ? 0 : sum / pairs.size();
    }

    /**
     * Spectral convergence of B towards the reference A, over the truncated frames:
     * {@code SC = || |A| - |B| ||_F / || |A| ||_F} (Frobenius norms of the magnitude spectrograms). 0 when
     * equal; a copy scaled by {@code g} gives {@code |1 - g|}. Infinite when A is silent and B is not.
     */
    public static double spectralConvergence(Spectrogram a, Spectrogram b) {
        return spectralConvergence(a, b, Pairs.diagonal(a.frames(), b.frames()));
    }

    static double spectralConvergence(Spectrogram a, Spectrogram b, Pairs pairs) {
        requireSameBins(a, b);
        float[][] ma = magnitude(a);
        float[][] mb = magnitude(b);
        double num = 0;
        double den = 0;
        for (int p = 0; p < pairs.size(); p++) {
            float[] fa = ma[pairs.a[p]];
            float[] fb = mb[pairs.b[p]];
            for (int k = 0; k < fa.length; k++) {
                double d = fa[k] - fb[k];
                num += d * d;
                den += (double) fa[k] * fa[k];
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
        return melCepstral(a, b, Pairs.diagonal(a.length, b.length));
    }

    static double melCepstral(float[][] a, float[][] b, Pairs pairs) {
        double sum = 0;
        for (int p = 0; p < pairs.size(); p++) {
            sum += Math.sqrt(2 * cepstralSquared(a[pairs.a[p]], b[pairs.b[p]]));
        }
        return pairs.size() == 0 ? 0 : sum / pairs.size();
    }

    /** {@code sum_{d>=1} (a_d - b_d)^2}. */
    private static double cepstralSquared(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("frames have " + a.length + " and " + b.length + " coefficients");
        }
        double acc = 0;
        for (int d = 1; d < a.length; d++) {
            double diff = a[d] - b[d];
            acc += diff * diff;
        }
        return acc;
    }

    /**
     * The least-cost DTW path between two MFCC sequences, cost {@code sqrt(sum_{d>=1} (a_d - b_d)^2)} per
     * pair, steps (1,0), (0,1) and (1,1), from (0,0) to the last frames of both.
     *
     * @throws IllegalArgumentException when {@code T_A * T_B} exceeds {@link #MAX_DTW_CELLS}
     */
    public static Pairs dtw(float[][] a, float[][] b) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0) {
            return new Pairs(new int[0], new int[0]);
        }
        if ((long) n * m > MAX_DTW_CELLS) {
            throw new IllegalArgumentException("DTW of " + n + " x " + m + " frames needs more than " + MAX_DTW_CELLS
                    + " cells; compare shorter clips or align by truncation");
        }
        float[][] acc = new float[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double best;
                if (i == 0 && j == 0) {
                    best = 0;
                } else if (i == 0) {
                    best = acc[0][j - 1];
                } else if (j == 0) {
                    best = acc[i - 1][0];
                } else {
                    best = Math.min(acc[i - 1][j - 1], Math.min(acc[i - 1][j], acc[i][j - 1]));
                }
                acc[i][j] = (float) (best + Math.sqrt(cepstralSquared(a[i], b[j])));
            }
        }
        int[] pa = new int[n + m];
        int[] pb = new int[n + m];
        int len = 0;
        int i = n - 1;
        int j = m - 1;
        while (true) {
            pa[len] = i;
            pb[len] = j;
            len++;
            if (i == 0 && j == 0) {
                break;
            }
            if (i == 0) {
                j--;
            } else if (j == 0) {
                i--;
            } else {
                float diag = acc[i - 1][j - 1];
                float up = acc[i - 1][j];
                float left = acc[i][j - 1];
                // Ties go to the diagonal, so identical sequences give the identity path.
                if (diag <= up && diag <= left) {
                    i--;
                    j--;
                } else if (up <= left) {
                    i--;
                } else {
                    j--;
                }
            }
        }
        int[] ra = new int[len];
        int[] rb = new int[len];
        for (int k = 0; k < len; k++) {
            ra[k] = pa[len - 1 - k];
            rb[k] = pb[len - 1 - k];
        }
        return new Pairs(ra, rb);
    }

    /**
     * Which frame of A goes with which frame of B: {@code a[p]} with {@code b[p]}.
     */
    public static final class Pairs {
        private final int[] a;
        private final int[] b;

        Pairs(int[] a, int[] b) {
            this.a = a;
            this.b = b;
        }

        /** Frame t with frame t for t below min(framesA, framesB). */
        static Pairs diagonal(int framesA, int framesB) {
            int[] idx = new int[Math.min(framesA, framesB)];
            for (int t = 0; t < idx.length; t++) {
                idx[t] = t;
            }
            return new Pairs(idx, idx);
        }

        public int size() {
            return a.length;
        }

        public int a(int p) {
            return a[p];
        }

        public int b(int p) {
            return b[p];
        }
    }

    /** All three distances between two clips' samples (mono, at the extractor's rate), A the reference, truncated. */
    public static Comparison compare(FeatureExtractor extractor, float[] a, float[] b) {
        return compare(extractor.extract(a), extractor.extract(b), Alignment.TRUNCATE);
    }

    /** All three distances between the features of two clips, A the reference, paired as {@code alignment} says. */
    public static Comparison compare(Features fa, Features fb, Alignment alignment) {
        Pairs pairs = alignment == Alignment.DTW ? dtw(fa.mfcc(), fb.mfcc()) : Pairs.diagonal(fa.frames(), fb.frames());
        return new Comparison(logSpectral(fa.magnitude(), fb.magnitude(), pairs),
                spectralConvergence(fa.magnitude(), fb.magnitude(), pairs), melCepstral(fa.mfcc(), fb.mfcc(), pairs),
                fa.frames(), fb.frames(), alignment, pairs.size());
    }

    /**
     * The distances between two clips.
     *
     * @param logSpectralDb       {@link #logSpectral} in dB
     * @param spectralConvergence {@link #spectralConvergence}, a ratio
     * @param melCepstralDb       {@link #melCepstral} in dB
     * @param framesA             frames of A
     * @param framesB             frames of B
     * @param alignment           how they were paired
     * @param pairs               frame pairs the distances average over (min(framesA, framesB) when truncated)
     */
    public record Comparison(double logSpectralDb, double spectralConvergence, double melCepstralDb, int framesA,
                             int framesB, Alignment alignment, int pairs) {
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
