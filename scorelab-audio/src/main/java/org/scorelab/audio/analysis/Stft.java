package org.scorelab.audio.analysis;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * The short-time Fourier transform with a real FFT (JTransforms): frames of {@code nFft}
 * samples, windowed, transformed, one-sided ({@code nFft/2 + 1} bins from 0 Hz to Nyquist).
 *
 * <p>Scaling: no normalisation, {@code X[k] = sum_n w[n] x[n] e^{-2 pi i k n / N}}, so a sine of
 * amplitude {@code A} at a bin centre gives a peak of {@code A/2 * sum(w)} and Parseval reads
 * {@code sum_n (w x)^2 = (|X_0|^2 + |X_{N/2}|^2 + 2 sum_{0<k<N/2} |X_k|^2) / N}.
 *
 * <p>Immutable; a transform may be used from several threads at once (the FFT plan is only read,
 * and every call works in its own buffers).
 */
public final class Stft {

    private final StftConfig config;
    private final float[] window;
    private final FloatFFT_1D fft;

    public Stft(StftConfig config) {
        this.config = config;
        this.window = Window.periodic(config.window(), config.nFft()).coefficients();
        this.fft = new FloatFFT_1D(config.nFft());
    }

    public StftConfig config() {
        return config;
    }

    /** The window's coefficients, a fresh array. */
    public float[] window() {
        return window.clone();
    }

    /** Centre frequency of every bin in Hz. */
    public double[] binFrequencies(int sampleRate) {
        double[] f = new double[config.bins()];
        for (int k = 0; k < f.length; k++) {
            f[k] = k * (double) sampleRate / config.nFft();
        }
        return f;
    }

    /** |X| of every frame, {@code [frames][nFft/2+1]}. */
    public Spectrogram magnitude(float[] samples, int sampleRate) {
        return new Spectrogram(transform(samples, false), binFrequencies(sampleRate), frameTimes(samples.length, sampleRate),
                Spectrogram.Scale.MAGNITUDE, Spectrogram.Axis.LINEAR, true);
    }

    /** |X|^2 of every frame, {@code [frames][nFft/2+1]}. */
    public Spectrogram power(float[] samples, int sampleRate) {
        return new Spectrogram(transform(samples, true), binFrequencies(sampleRate), frameTimes(samples.length, sampleRate),
                Spectrogram.Scale.POWER, Spectrogram.Axis.LINEAR, true);
    }

    double[] frameTimes(int samples, int sampleRate) {
        Framing framing = config.framing();
        double[] t = new double[framing.frameCount(samples)];
        for (int i = 0; i < t.length; i++) {
            t[i] = framing.frameTime(i, sampleRate);
        }
        return t;
    }

    private float[][] transform(float[] samples, boolean power) {
        Framing framing = config.framing();
        int n = config.nFft();
        int frames = framing.frameCount(samples.length);
        float[][] out = new float[frames][config.bins()];
        float[] buf = new float[n];
        for (int t = 0; t < frames; t++) {
            framing.copyFrame(samples, t, buf);
            for (int i = 0; i < n; i++) {
                buf[i] *= window[i];
            }
            fft.realForward(buf);
            float[] row = out[t];
            // realForward packs Re[0], Re[N/2], then Re[k], Im[k] for 0 < k < N/2.
            row[0] = power ? buf[0] * buf[0] : Math.abs(buf[0]);
            row[n / 2] = power ? buf[1] * buf[1] : Math.abs(buf[1]);
            for (int k = 1; k < n / 2; k++) {
                float re = buf[2 * k];
                float im = buf[2 * k + 1];
                float p = re * re + im * im;
                row[k] = power ? p : (float) Math.sqrt(p);
            }
        }
        return out;
    }
}
