package org.scorelab.audio.analysis;

/**
 * A window of {@code length} coefficients.
 *
 * <p><b>Periodic or symmetric.</b> A symmetric window has {@code w[n] = w[length-1-n]} and
 * ends on the same value it starts with: its cosine has period {@code M = length - 1}. That
 * is the right window for filter design. A periodic window is the first {@code length} points
 * of a symmetric window one longer ({@code M = length}): one period of the cosine with the
 * repeated end point dropped. For spectral analysis the periodic form is the right one: its DFT
 * has the exact three-tap shape, and shifted copies of a periodic Hann window at a hop of a
 * quarter or a half of its length add up to a constant, so overlapping frames weigh every sample
 * alike. {@link Stft} therefore uses periodic windows, as librosa and scipy's spectrogram do.
 *
 * @param type     the shape
 * @param length   number of coefficients, at least 1
 * @param periodic true for the periodic form (DFT-even), false for the symmetric one
 */
public record Window(WindowType type, int length, boolean periodic) {

    public Window {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (length < 1) {
            throw new IllegalArgumentException("length must be at least 1, was " + length);
        }
    }

    /** A periodic window, the form for spectral analysis. */
    public static Window periodic(WindowType type, int length) {
        return new Window(type, length, true);
    }

    /** The coefficients, a fresh array. */
    public float[] coefficients() {
        float[] w = new float[length];
        if (length == 1) {
            w[0] = 1f;
            return w;
        }
        int m = periodic ? length : length - 1;
        for (int n = 0; n < length; n++) {
            double c = Math.cos(2 * Math.PI * n / m);
            w[n] = (float) switch (type) {
                case HANN -> 0.5 - 0.5 * c;
                case HAMMING -> 0.54 - 0.46 * c;
                case RECTANGULAR -> 1.0;
            };
        }
        return w;
    }
}
