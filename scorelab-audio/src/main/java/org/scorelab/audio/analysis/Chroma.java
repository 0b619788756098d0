package org.scorelab.audio.analysis;

/**
 * Chroma: the power of an STFT frame folded into the 12 pitch classes, C = 0, C# = 1, ... B = 11.
 *
 * <p>FFT bin {@code k} at {@code f_k = k rate / nFft} in {@code [fMin, fMax]} adds its power to pitch
 * class {@code round(69 + 12 log2(f_k / 440)) mod 12} (equal temperament, A4 = 440 Hz); every frame
 * is then divided by its largest class so the loudest is 1 (a silent frame stays 0). This hard
 * assignment is simpler than librosa's Gaussian-weighted filters; its limit is resolution: a
 * 2048-point FFT at 22050 Hz has bins 10.8 Hz apart, wider than a semitone below about 185 Hz, so
 * the default fMin (C3, 130.8 Hz) leaves out the octaves it cannot tell apart. Immutable.
 */
public final class Chroma {

    /** Pitch-class names, index 0 = C. */
    public static final java.util.List<String> NAMES =
            java.util.List.of("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B");
    /** C3. */
    public static final double DEFAULT_FMIN = 130.8128;
    /** C8. */
    public static final double DEFAULT_FMAX = 4186.009;

    private final int[] classOfBin;

    /** Pitch classes for the bins of an {@code nFft} STFT at {@code sampleRate}, between fMin and fMax Hz. */
    public Chroma(int sampleRate, int nFft, double fMin, double fMax) {
        if (!(fMin > 0) || !(fMax > fMin)) {
            throw new IllegalArgumentException("need 0 < fMin < fMax, was fMin " + fMin + ", fMax " + fMax);
        }
        classOfBin = new int[nFft / 2 + 1];
        for (int k = 0; k < classOfBin.length; k++) {
            double f = k * (double) sampleRate / nFft;
            classOfBin[k] = f < fMin || f > fMax ? -1 : Math.floorMod(Math.round(69 + 12 * Math.log(f / 440) / Math.log(2)), 12);
        }
    }

    public Chroma(int sampleRate, int nFft) {
        this(sampleRate, nFft, DEFAULT_FMIN, Math.min(DEFAULT_FMAX, sampleRate / 2.0));
    }

    /** The pitch class of FFT bin {@code k}, or -1 when it is outside fMin..fMax. */
    public int pitchClass(int k) {
        return classOfBin[k];
    }

    /** One power spectrum frame into {@code out[12]}. */
    public void apply(float[] power, float[] out) {
        if (power.length != classOfBin.length) {
            throw new IllegalArgumentException("spectrum has " + power.length + " bins, expected " + classOfBin.length);
        }
        java.util.Arrays.fill(out, 0, 12, 0f);
        for (int k = 0; k < power.length; k++) {
            int c = classOfBin[k];
            if (c >= 0) {
                out[c] += power[k];
            }
        }
        float max = 0;
        for (int c = 0; c < 12; c++) {
            max = Math.max(max, out[c]);
        }
        if (max > 0) {
            for (int c = 0; c < 12; c++) {
                out[c] /= max;
            }
        }
    }

    /** A power spectrogram into {@code [frames][12]}. */
    public float[][] apply(Spectrogram power) {
        if (power.scale() != Spectrogram.Scale.POWER || power.axis() != Spectrogram.Axis.LINEAR) {
            throw new IllegalArgumentException("chroma is taken of a linear power spectrogram, got " + power.axis() + " "
                    + power.scale());
        }
        float[][] in = power.raw();
        float[][] out = new float[in.length][12];
        for (int t = 0; t < in.length; t++) {
            apply(in[t], out[t]);
        }
        return out;
    }
}
