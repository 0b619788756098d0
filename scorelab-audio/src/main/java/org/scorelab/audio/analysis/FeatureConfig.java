package org.scorelab.audio.analysis;

/**
 * Everything {@link FeatureExtractor} needs.
 *
 * @param sampleRate      the rate of the samples it is given, 1000..384000 Hz
 * @param stft            the STFT
 * @param mel             the mel filterbank (on the power spectrogram)
 * @param decibels        power to dB for the log-mel
 * @param mfccs           cepstral coefficients kept, 1..mel bands
 * @param rolloffFraction the energy fraction for the roll-off frequency, in (0, 1]
 */
public record FeatureConfig(int sampleRate, StftConfig stft, MelConfig mel, Decibels decibels, int mfccs,
                            double rolloffFraction) {

    /** 22050 Hz, librosa's STFT/mel/dB defaults, 20 MFCCs, 85 % roll-off. */
    public static final FeatureConfig DEFAULT = new FeatureConfig(22050, StftConfig.DEFAULT, MelConfig.DEFAULT,
            Decibels.DEFAULT, 20, 0.85);

    public FeatureConfig {
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sampleRate must be in 1000..384000, was " + sampleRate);
        }
        if (stft == null || mel == null || decibels == null) {
            throw new IllegalArgumentException("stft, mel and decibels must not be null");
        }
        mel.upperHz(sampleRate);
        if (mfccs < 1 || mfccs > mel.bands()) {
            throw new IllegalArgumentException("mfccs must be in 1.." + mel.bands() + " (the mel bands), was " + mfccs);
        }
        if (!(rolloffFraction > 0 && rolloffFraction <= 1)) {
            throw new IllegalArgumentException("rolloffFraction must be in (0, 1], was " + rolloffFraction);
        }
    }

    public FeatureConfig withStft(StftConfig s) {
        return new FeatureConfig(sampleRate, s, mel, decibels, mfccs, rolloffFraction);
    }

    /** Another mel bank; the MFCC count is lowered to its number of bands when that is smaller. */
    public FeatureConfig withMel(MelConfig m) {
        return new FeatureConfig(sampleRate, stft, m, decibels, Math.min(mfccs, m.bands()), rolloffFraction);
    }

    public FeatureConfig withSampleRate(int rate) {
        return new FeatureConfig(rate, stft, mel, decibels, mfccs, rolloffFraction);
    }
}
