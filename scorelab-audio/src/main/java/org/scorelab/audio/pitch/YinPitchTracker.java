package org.scorelab.audio.pitch;

import org.jtransforms.fft.DoubleFFT_1D;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.Resampler;

/**
 * The YIN pitch tracker (de Cheveigne and Kawahara, 2002) with the lag products computed by FFT.
 *
 * <p>For each frame the difference function {@code d(tau) = sum_j (x_j - x_{j+tau})^2} over one
 * window is built from window energies (prefix sums) and the cross-correlation of the window with
 * the window plus the longest lag (one real FFT each, no wrap-around because the FFT length covers
 * both). The cumulative-mean-normalised difference is searched for its first dip below the
 * threshold, which prefers the true period to its multiples; parabolic interpolation refines the
 * lag. A Hann-windowed FFT of the window gives the spectral flux that marks re-struck notes.
 *
 * <p>Why YIN rather than a harmonic sum on the STFT: it judges the period of the waveform, so it
 * works the same for a flute with a nearly bare fundamental and a bowed string rich in harmonics,
 * and its octave errors are rare on clean synthesised tones. Immutable and thread-safe.
 */
public final class YinPitchTracker {

    /** Frames quieter than this (dBFS) are silent whatever the loudest frame is. */
    private static final double FLOOR_DB = -70;

    private final PitchConfig config;
    private final int fftSize;
    private final DoubleFFT_1D fft;

    public YinPitchTracker(PitchConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
        int n = 1;
        while (n < config.window() + config.maxLag() + 1) {
            n <<= 1;
        }
        this.fftSize = n;
        this.fft = new DoubleFFT_1D(n);
    }

    public PitchConfig config() {
        return config;
    }

    /** Tracks a clip, down-mixed and resampled to the tracker's rate first. */
    public PitchTrack track(AudioClip clip) {
        AudioClip mono = clip.toMono();
        float[] x = mono.samples();
        if (mono.sampleRate() != config.sampleRate()) {
            x = Resampler.DEFAULT.resample(x, mono.sampleRate(), config.sampleRate());
        }
        return track(x);
    }

    /** Tracks samples already at {@link PitchConfig#sampleRate()}. */
    public PitchTrack track(float[] samples) {
        int w = config.window();
        int maxLag = config.maxLag();
        int hop = config.hop();
        int frames = samples.length == 0 ? 0 : (samples.length + hop - 1) / hop;
        double[] x = new double[frames * hop + w + maxLag + 1];
        for (int i = 0; i < samples.length; i++) {
            x[i] = samples[i];
        }
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            prefix[i + 1] = prefix[i] + x[i] * x[i];
        }
        double[] hz = new double[frames];
        double[] aper = new double[frames];
        double[] level = new double[frames];
        double[] onset = new double[frames];
        double[] a = new double[fftSize];
        double[] b = new double[fftSize];
        double[] spec = new double[fftSize];
        double[] hann = new double[w];
        for (int i = 0; i < w; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / w);
        }
        double[] d = new double[maxLag + 2];
        double[] cmnd = new double[maxLag + 2];
        double[] logMag = new double[fftSize / 2 + 1];
        double[] prevLogMag = new double[fftSize / 2 + 1];
        for (int t = 0; t < frames; t++) {
            int s = t * hop;
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(b, 0);
            System.arraycopy(x, s, a, 0, w);
            System.arraycopy(x, s, b, 0, w + maxLag + 1);
            java.util.Arrays.fill(spec, 0);
            for (int i = 0; i < w; i++) {
                spec[i] = x[s + i] * hann[i];
            }
            fft.realForward(spec);
            onset[t] = flux(spec, logMag, prevLogMag, t == 0);
            fft.realForward(a);
            fft.realForward(b);
            correlate(a, b);
            fft.realInverse(a, true);
            double e0 = prefix[s + w] - prefix[s];
            level[t] = 10 * Math.log10(e0 / w + 1e-12);
            d[0] = 0;
            cmnd[0] = 1;
            double cum = 0;
            for (int tau = 1; tau <= maxLag + 1; tau++) {
                double et = prefix[s + tau + w] - prefix[s + tau];
                d[tau] = Math.max(0, e0 + et - 2 * a[tau]);
                cum += d[tau];
                cmnd[tau] = cum > 0 ? d[tau] * tau / cum : 1;
            }
            int lag = chooseLag(cmnd);
            aper[t] = Math.min(1, cmnd[lag]);
            if (aper[t] <= config.voicing()) {
                hz[t] = config.sampleRate() / refine(cmnd, lag);
            }
        }
        double loudest = Double.NEGATIVE_INFINITY;
        for (double l : level) {
            loudest = Math.max(loudest, l);
        }
        for (int t = 0; t < frames; t++) {
            if (level[t] < loudest - config.silenceDb() || level[t] < FLOOR_DB) {
                hz[t] = 0;
            }
        }
        return new PitchTrack(hz, aper, level, onset, config.hopSeconds());
    }

    /** The first dip below the threshold, followed down to its bottom; the global minimum when none dips. */
    private int chooseLag(double[] cmnd) {
        int lo = config.minLag();
        int hi = config.maxLag();
        for (int tau = lo; tau <= hi; tau++) {
            if (cmnd[tau] < config.threshold()) {
                while (tau + 1 <= hi && cmnd[tau + 1] < cmnd[tau]) {
                    tau++;
                }
                return tau;
            }
        }
        int best = lo;
        for (int tau = lo + 1; tau <= hi; tau++) {
            if (cmnd[tau] < cmnd[best]) {
                best = tau;
            }
        }
        return best;
    }

    /** The lag refined by the parabola through the minimum and its neighbours. */
    private static double refine(double[] cmnd, int lag) {
        if (lag < 1 || lag + 1 >= cmnd.length) {
            return lag;
        }
        double l = cmnd[lag - 1];
        double c = cmnd[lag];
        double r = cmnd[lag + 1];
        double den = l - 2 * c + r;
        if (den <= 0) {
            return lag;
        }
        double shift = 0.5 * (l - r) / den;
        return lag + Math.max(-0.5, Math.min(0.5, shift));
    }

    /** {@code conj(A) * B} in JTransforms' packed real layout, into {@code a}. */
    private static void correlate(double[] a, double[] b) {
        a[0] = a[0] * b[0];
        a[1] = a[1] * b[1];
        for (int k = 2; k < a.length; k += 2) {
            double ar = a[k];
            double ai = a[k + 1];
            double br = b[k];
            double bi = b[k + 1];
            a[k] = ar * br + ai * bi;
            a[k + 1] = ar * bi - ai * br;
        }
    }

    /**
     * Mean rise of {@code log(1 + 10 |A|)} over the bins since the previous frame. The log makes
     * the cue depend little on the level, so quiet and loud instruments are judged alike.
     */
    private static double flux(double[] spectrum, double[] logMag, double[] prev, boolean first) {
        int half = spectrum.length / 2;
        logMag[0] = Math.log1p(10 * Math.abs(spectrum[0]));
        logMag[half] = Math.log1p(10 * Math.abs(spectrum[1]));
        for (int k = 1; k < half; k++) {
            logMag[k] = Math.log1p(10 * Math.sqrt(spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1]));
        }
        double sum = 0;
        if (!first) {
            for (int k = 0; k <= half; k++) {
                sum += Math.max(0, logMag[k] - prev[k]);
            }
        }
        System.arraycopy(logMag, 0, prev, 0, logMag.length);
        return sum / (half + 1);
    }
}
