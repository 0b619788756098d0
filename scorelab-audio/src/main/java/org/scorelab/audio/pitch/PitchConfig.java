package org.scorelab.audio.pitch;

/**
 * Settings of the pitch tracker.
 *
 * @param sampleRate the rate the tracker works at; clips at other rates are resampled first.
 *                   11025 Hz keeps every melody fundamental (up to about 2 kHz) and halves the
 *                   work of 22050 Hz
 * @param window     samples compared per lag (the integration window of YIN)
 * @param hop        samples between frames
 * @param minHz      lowest pitch searched; sets the longest lag
 * @param maxHz      highest pitch searched; sets the shortest lag
 * @param threshold  YIN's absolute threshold on the normalised difference: the first dip below it
 *                   is taken as the period, which avoids octave-too-low errors
 * @param voicing    frames whose best normalised difference is above this count as unpitched
 * @param silenceDb  frames quieter than this many dB below the loudest frame count as silence
 */
public record PitchConfig(int sampleRate, int window, int hop, double minHz, double maxHz, double threshold,
                          double voicing, double silenceDb) {

    /**
     * 11025 Hz, 256-sample window (23 ms), 128-sample hop (11.6 ms), 70..2100 Hz. A window of 46 ms
     * was tried first: at reel speed it spans two notes for long enough that the mixture's pitch
     * made notes of its own.
     */
    public static final PitchConfig DEFAULT = new PitchConfig(11025, 256, 128, 70, 2100, 0.15, 0.35, 40);

    public PitchConfig {
        if (sampleRate < 4000 || sampleRate > 96000) {
            throw new IllegalArgumentException("sampleRate must be in 4000..96000, was " + sampleRate);
        }
        if (window < 64 || hop < 1 || hop > window) {
            throw new IllegalArgumentException("need window >= 64 and 1 <= hop <= window, was " + window + " / " + hop);
        }
        if (!(minHz > 0 && maxHz > minHz && maxHz < sampleRate / 2.0)) {
            throw new IllegalArgumentException("need 0 < minHz < maxHz < sampleRate/2, was " + minHz + ".." + maxHz);
        }
        if (sampleRate / minHz >= window * 4) {
            throw new IllegalArgumentException("minHz " + minHz + " needs a lag longer than 4 windows; raise minHz or the window");
        }
        if (!(threshold > 0 && threshold < 1 && voicing >= threshold && voicing <= 1)) {
            throw new IllegalArgumentException("need 0 < threshold <= voicing <= 1, was " + threshold + " / " + voicing);
        }
        if (!(silenceDb > 0)) {
            throw new IllegalArgumentException("silenceDb must be positive, was " + silenceDb);
        }
    }

    /** Shortest lag searched, in samples. */
    int minLag() {
        return Math.max(2, (int) Math.floor(sampleRate / maxHz));
    }

    /** Longest lag searched, in samples. */
    int maxLag() {
        return (int) Math.ceil(sampleRate / minHz);
    }

    /** Seconds between frames. */
    public double hopSeconds() {
        return hop / (double) sampleRate;
    }
}
