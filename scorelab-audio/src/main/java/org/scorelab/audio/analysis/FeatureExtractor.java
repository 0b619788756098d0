package org.scorelab.audio.analysis;

/**
 * Computes {@link Features} from mono samples with one STFT pass: the power spectrogram feeds the
 * mel bank and chroma, its square root the centroid, roll-off and flux. Immutable and usable from
 * several threads; the filterbank, DCT basis and FFT plan are built once here.
 */
public final class FeatureExtractor {

    private final FeatureConfig config;
    private final Stft stft;
    private final MelFilterbank mel;
    private final Mfcc mfcc;
    private final Chroma chroma;

    public FeatureExtractor(FeatureConfig config) {
        this.config = config;
        this.stft = new Stft(config.stft());
        this.mel = new MelFilterbank(config.mel(), config.sampleRate(), config.stft().nFft());
        this.mfcc = new Mfcc(config.mfccs(), config.mel().bands());
        this.chroma = new Chroma(config.sampleRate(), config.stft().nFft());
    }

    public FeatureConfig config() {
        return config;
    }

    public Stft stft() {
        return stft;
    }

    public MelFilterbank melFilterbank() {
        return mel;
    }

    /** Log-mel in dB: the STFT power through the mel bank, then {@link Decibels}. */
    public Spectrogram logMel(float[] samples) {
        return mel.apply(stft.power(samples, config.sampleRate())).toDecibels(config.decibels());
    }

    /** MFCCs of the log-mel, {@code [frames][mfccs]}. */
    public float[][] mfcc(float[] samples) {
        return mfcc.apply(logMel(samples));
    }

    /** All features of {@code samples} (mono, at the configured rate). */
    public Features extract(float[] samples) {
        Spectrogram power = stft.power(samples, config.sampleRate());
        float[][] p = power.raw();
        float[][] m = new float[p.length][];
        for (int t = 0; t < p.length; t++) {
            float[] row = new float[p[t].length];
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) Math.sqrt(p[t][k]);
            }
            m[t] = row;
        }
        Spectrogram magnitude = new Spectrogram(m, power.binHz(), power.frameSeconds(), Spectrogram.Scale.MAGNITUDE,
                Spectrogram.Axis.LINEAR, true);
        Spectrogram logMel = mel.apply(power).toDecibels(config.decibels());
        return new Features(magnitude, logMel, mfcc.apply(logMel), chroma.apply(power), SpectralFeatures.centroid(magnitude),
                SpectralFeatures.rolloff(magnitude, config.rolloffFraction()), SpectralFeatures.flux(magnitude),
                SpectralFeatures.zeroCrossingRate(samples, config.stft().framing()));
    }
}
