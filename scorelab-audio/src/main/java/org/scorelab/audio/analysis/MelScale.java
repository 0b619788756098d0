package org.scorelab.audio.analysis;

/** The two mel scales in use, which differ below 1 kHz by a constant factor and above it in shape. */
public enum MelScale {
    /**
     * Slaney's (Auditory Toolbox): linear below 1 kHz, {@code mel = 3 f / 200}, logarithmic above,
     * {@code mel = 15 + 27 ln(f / 1000) / ln(6.4)}. librosa's default.
     */
    SLANEY {
        @Override
        public double toMel(double hz) {
            return hz < MIN_LOG_HZ ? hz / F_SP : MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP;
        }

        @Override
        public double toHz(double mel) {
            return mel < MIN_LOG_MEL ? mel * F_SP : MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL));
        }
    },
    /** HTK's: {@code mel = 2595 log10(1 + f / 700)}. */
    HTK {
        @Override
        public double toMel(double hz) {
            return 2595 * Math.log10(1 + hz / 700);
        }

        @Override
        public double toHz(double mel) {
            return 700 * (Math.pow(10, mel / 2595) - 1);
        }
    };

    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27;

    public abstract double toMel(double hz);

    public abstract double toHz(double mel);
}
