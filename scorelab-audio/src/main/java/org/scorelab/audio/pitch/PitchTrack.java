package org.scorelab.audio.pitch;

/**
 * The frame-by-frame result of the pitch tracker. Frame {@code t} covers the samples from
 * {@code t * hop} for one window; its time is the window's start.
 *
 * @param hz           the pitch in Hz, 0 where the frame is unpitched or silent
 * @param aperiodicity YIN's normalised difference at the chosen lag: near 0 for a clean periodic
 *                     tone, near 1 for noise
 * @param levelDb      frame RMS in dB relative to full scale
 * @param onset        spectral flux (rise of the log magnitude spectrum) into the frame, the cue
 *                     for a note struck again at the same pitch
 * @param hopSeconds   seconds between frames
 */
public record PitchTrack(double[] hz, double[] aperiodicity, double[] levelDb, double[] onset, double hopSeconds) {

    public PitchTrack {
        int n = hz.length;
        if (aperiodicity.length != n || levelDb.length != n || onset.length != n) {
            throw new IllegalArgumentException("every series must have " + n + " frames");
        }
        hz = hz.clone();
        aperiodicity = aperiodicity.clone();
        levelDb = levelDb.clone();
        onset = onset.clone();
    }

    public int frames() {
        return hz.length;
    }

    @Override
    public double[] hz() {
        return hz.clone();
    }

    @Override
    public double[] aperiodicity() {
        return aperiodicity.clone();
    }

    @Override
    public double[] levelDb() {
        return levelDb.clone();
    }

    @Override
    public double[] onset() {
        return onset.clone();
    }

    /** The pitch of one frame in Hz, 0 when unpitched. */
    public double hz(int t) {
        return hz[t];
    }

    public double onset(int t) {
        return onset[t];
    }
}
