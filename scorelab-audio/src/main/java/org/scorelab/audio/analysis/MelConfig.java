package org.scorelab.audio.analysis;

/**
 * A mel filterbank's parameters.
 *
 * @param bands       number of triangular filters, 1..512
 * @param fMin        lowest edge in Hz, at least 0
 * @param fMax        highest edge in Hz, above fMin; 0 means the Nyquist frequency of the signal
 * @param scale       which mel scale spaces the filters
 * @param slaneyNorm  whether every filter is divided by its width in Hz / 2 (Slaney's area
 *                    normalisation: equal area, so a flat spectrum gives roughly equal energy per
 *                    band whatever its width); false leaves every triangle's peak at 1 (HTK)
 */
public record MelConfig(int bands, double fMin, double fMax, MelScale scale, boolean slaneyNorm) {

    /** 128 Slaney bands from 0 Hz to Nyquist, area-normalised: librosa's defaults. */
    public static final MelConfig DEFAULT = new MelConfig(128, 0, 0, MelScale.SLANEY, true);

    public MelConfig {
        if (bands < 1 || bands > 512) {
            throw new IllegalArgumentException("bands must be in 1..512, was " + bands);
        }
        if (!(fMin >= 0) || Double.isInfinite(fMin)) {
            throw new IllegalArgumentException("fMin must be a finite frequency >= 0 Hz, was " + fMin);
        }
        if (!(fMax == 0 || fMax > fMin) || Double.isInfinite(fMax)) {
            throw new IllegalArgumentException("fMax must be 0 (Nyquist) or a finite frequency above fMin (" + fMin
                    + " Hz), was " + fMax);
        }
        if (scale == null) {
            throw new IllegalArgumentException("scale must not be null");
        }
    }

    public MelConfig withBands(int n) {
        return new MelConfig(n, fMin, fMax, scale, slaneyNorm);
    }

    /** The upper edge for a signal at {@code sampleRate}: fMax, or Nyquist when fMax is 0; checks it lies above fMin. */
    public double upperHz(int sampleRate) {
        double nyquist = sampleRate / 2.0;
        if (fMax > nyquist) {
            throw new IllegalArgumentException("fMax (" + fMax + " Hz) is above the Nyquist frequency (" + nyquist
                    + " Hz) of " + sampleRate + " Hz audio");
        }
        double upper = fMax == 0 ? nyquist : fMax;
        if (fMin >= upper) {
            throw new IllegalArgumentException("fMin (" + fMin + " Hz) must be below the upper edge (" + upper + " Hz)");
        }
        return upper;
    }
}
