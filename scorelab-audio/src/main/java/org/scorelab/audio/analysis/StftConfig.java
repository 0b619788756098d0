package org.scorelab.audio.analysis;

/**
 * The short-time Fourier transform's parameters.
 *
 * @param nFft   FFT length and frame length in samples, a power of two in 16..65536 (the real
 *               FFT is fastest there, and frames of other lengths would need zero padding rules)
 * @param hop    samples between frames, 1..nFft
 * @param window window shape (periodic, of length {@code nFft})
 * @param centre whether frames are centred on {@code t * hop} (see {@link Framing})
 */
public record StftConfig(int nFft, int hop, WindowType window, boolean centre) {

    /** 2048-point Hann frames every 512 samples, centred: librosa's defaults. */
    public static final StftConfig DEFAULT = new StftConfig(2048, 512, WindowType.HANN, true);

    public StftConfig {
        if (nFft < 16 || nFft > 65536 || Integer.bitCount(nFft) != 1) {
            throw new IllegalArgumentException("nFft must be a power of two in 16..65536, was " + nFft);
        }
        if (hop < 1 || hop > nFft) {
            throw new IllegalArgumentException("hop must be in 1.." + nFft + " (nFft), was " + hop);
        }
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
    }

    /** Frequency bins of the one-sided spectrum: {@code nFft / 2 + 1}. */
    public int bins() {
        return nFft / 2 + 1;
    }

    public Framing framing() {
        return new Framing(nFft, hop, centre);
    }

    public StftConfig withNFft(int n) {
        return new StftConfig(n, hop, window, centre);
    }

    public StftConfig withHop(int h) {
        return new StftConfig(nFft, h, window, centre);
    }

    public StftConfig withWindow(WindowType w) {
        return new StftConfig(nFft, hop, w, centre);
    }
}
