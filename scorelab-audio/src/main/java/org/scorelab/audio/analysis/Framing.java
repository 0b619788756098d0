package org.scorelab.audio.analysis;

import java.util.Arrays;

/**
 * How a signal is cut into overlapping frames.
 *
 * <p>Frame {@code t} starts at sample {@code t * hop}. With {@code centre} the signal is first
 * padded with {@code frameLength / 2} zeros on both sides, so that frame {@code t} is centred on
 * sample {@code t * hop}: the frame times are then exactly {@code t * hop / rate}, and the first
 * and last samples are fully analysed. Zero padding (not reflection) keeps the energy of the
 * frames equal to the energy of the signal under the window, which Parseval-style checks rely on.
 *
 * @param frameLength samples per frame, at least 2
 * @param hop         samples between frame starts, 1..frameLength
 * @param centre      whether frames are centred on {@code t * hop} (zero padding at both ends)
 */
public record Framing(int frameLength, int hop, boolean centre) {

    public Framing {
        if (frameLength < 2) {
            throw new IllegalArgumentException("frameLength must be at least 2, was " + frameLength);
        }
        if (hop < 1 || hop > frameLength) {
            throw new IllegalArgumentException("hop must be in 1.." + frameLength + " (the frame length), was " + hop);
        }
    }

    /** Zeros added before the first sample. */
    public int padding() {
        return centre ? frameLength / 2 : 0;
    }

    /** How many frames a signal of {@code samples} samples gives; 0 when it is shorter than one frame and not centred. */
    public int frameCount(int samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative, was " + samples);
        }
        int padded = samples + 2 * padding();
        return padded < frameLength ? 0 : 1 + (padded - frameLength) / hop;
    }

    /** The time of frame {@code t} in seconds: its centre. */
    public double frameTime(int t, int sampleRate) {
        int centreSample = t * hop - padding() + frameLength / 2;
        return centreSample / (double) sampleRate;
    }

    /**
     * Copies frame {@code t} of {@code signal} into {@code out[0..frameLength)}, zeros where the
     * frame reaches beyond the signal.
     */
    public void copyFrame(float[] signal, int t, float[] out) {
        int start = t * hop - padding();
        int from = Math.max(0, start);
        int to = Math.min(signal.length, start + frameLength);
        if (from > start || to < start + frameLength) {
            Arrays.fill(out, 0, frameLength, 0f);
        }
        if (to > from) {
            System.arraycopy(signal, from, out, from - start, to - from);
        }
    }
}
