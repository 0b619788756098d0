package org.scorelab.genre.cnn;

import org.scorelab.audio.AudioClip;
import org.scorelab.audio.analysis.FeatureConfig;
import org.scorelab.audio.analysis.FeatureExtractor;
import org.scorelab.audio.analysis.MelConfig;
import org.scorelab.audio.analysis.MelScale;
import org.scorelab.audio.analysis.Resampler;
import org.scorelab.audio.analysis.StftConfig;
import org.scorelab.audio.analysis.WindowType;

/**
 * What the network sees of a clip: a log-mel spectrogram, {@code [bands][frames]}, standardised.
 *
 * <p>Each clip is standardised on its own (zero mean, unit deviation over the whole image), so the
 * playing level and the sound set's loudness do not matter. With {@link Normalisation#BAND} each
 * band's mean over the clip is removed first: a static colouring of the spectrum (one sound set's
 * brighter instrument, another's EQ) is then gone to first order, at the price of the clip's
 * long-term register profile.
 *
 * @param sampleRate    the rate the clip is resampled to
 * @param nFft          STFT size (Hann window)
 * @param hop           STFT hop in samples
 * @param bands         mel bands (Slaney scale and area normalisation)
 * @param maxHz         the top of the mel bank
 * @param normalisation per clip, or per clip and band
 */
public record MelInput(int sampleRate, int nFft, int hop, int bands, double maxHz, Normalisation normalisation) {

    /** How a clip's log-mel is standardised. */
    public enum Normalisation {
        /** Zero mean and unit deviation over the whole image. */
        CLIP,
        /** Each band's mean over time removed, then unit deviation over the whole image. */
        BAND
    }

    /** 22,050 Hz, 2048-point STFT, hop 512 (23 ms), 64 bands up to 6 kHz: 43 frames a second. */
    public static final MelInput DEFAULT = new MelInput(22050, 2048, 512, 64, 6000, Normalisation.CLIP);

    public MelInput {
        if (sampleRate < 8000 || nFft < 64 || hop < 1 || hop > nFft || bands < 8 || !(maxHz > 0 && maxHz <= sampleRate / 2.0)
                || normalisation == null) {
            throw new IllegalArgumentException("bad mel input: " + sampleRate + " Hz, n_fft " + nFft + ", hop " + hop + ", "
                    + bands + " bands up to " + maxHz + " Hz, " + normalisation);
        }
    }

    /** The same with another normalisation. */
    public MelInput withNormalisation(Normalisation n) {
        return new MelInput(sampleRate, nFft, hop, bands, maxHz, n);
    }

    /** Frames a second of audio. */
    public double framesPerSecond() {
        return sampleRate / (double) hop;
    }

    /** A name that changes with every setting, for cache files. */
    public String key() {
        return String.format(java.util.Locale.ROOT, "%d-%d-%d-%d-%.0f-%s", sampleRate, nFft, hop, bands, maxHz,
                normalisation.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The extractor for these settings (immutable, usable from several threads). */
    public FeatureExtractor extractor() {
        return new FeatureExtractor(FeatureConfig.DEFAULT.withSampleRate(sampleRate)
                .withStft(new StftConfig(nFft, hop, WindowType.HANN, true))
                .withMel(new MelConfig(bands, 0, maxHz, MelScale.SLANEY, true)));
    }

    /**
     * The standardised log-mel image of a clip, {@code [bands][frames]}.
     *
     * @throws IllegalArgumentException when the clip is silent (nothing to standardise)
     */
    public float[][] image(FeatureExtractor extractor, AudioClip clip) {
        AudioClip mono = clip.toMono();
        float[] samples = mono.sampleRate() == sampleRate ? mono.samples()
                : Resampler.DEFAULT.resample(mono.samples(), mono.sampleRate(), sampleRate);
        float[][] db = extractor.logMel(samples).values(); // [frames][bands]
        int frames = db.length;
        float[][] out = new float[bands][frames];
        for (int t = 0; t < frames; t++) {
            for (int b = 0; b < bands; b++) {
                out[b][t] = db[t][b];
            }
        }
        if (normalisation == Normalisation.BAND) {
            for (float[] row : out) {
                double mean = 0;
                for (float v : row) {
                    mean += v;
                }
                mean /= Math.max(1, frames);
                for (int t = 0; t < frames; t++) {
                    row[t] -= (float) mean;
                }
            }
        }
        double sum = 0;
        double sq = 0;
        for (float[] row : out) {
            for (float v : row) {
                sum += v;
                sq += (double) v * v;
            }
        }
        double n = (double) bands * frames;
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sq / n - mean * mean));
        if (!(sd > 1e-3)) {
            throw new IllegalArgumentException("the clip is silent: its log-mel spectrogram is flat");
        }
        for (float[] row : out) {
            for (int t = 0; t < frames; t++) {
                row[t] = (float) ((row[t] - mean) / sd);
            }
        }
        return out;
    }
}
