package org.scorelab.audio.analysis;

import java.io.IOException;
import java.util.Locale;

/**
 * A spectrogram as CSV: a header {@code time_s,hz_F0,hz_F1,...} (linear bins, by centre
 * frequency) or {@code time_s,mel_001_hz_F,...} (mel bands, numbered from 1, with their centre
 * frequency), then one row per frame: its centre time in seconds and its values rounded to
 * 1/1000 (dB, or the spectrogram's own scale).
 */
public final class SpectrogramCsv {

    private SpectrogramCsv() {
    }

    public static void write(Spectrogram s, Appendable out) throws IOException {
        out.append("time_s");
        boolean mel = s.axis() == Spectrogram.Axis.MEL;
        int width = Integer.toString(s.bins()).length();
        for (int k = 0; k < s.bins(); k++) {
            out.append(',');
            if (mel) {
                out.append(String.format(Locale.ROOT, "mel_%0" + width + "d_hz_%.3f", k + 1, s.binHz(k)));
            } else {
                out.append(String.format(Locale.ROOT, "hz_%.3f", s.binHz(k)));
            }
        }
        out.append('\n');
        StringBuilder row = new StringBuilder();
        for (int t = 0; t < s.frames(); t++) {
            row.setLength(0);
            appendRounded(row, s.frameSeconds(t));
            for (int k = 0; k < s.bins(); k++) {
                row.append(',');
                appendRounded(row, s.get(t, k));
            }
            out.append(row).append('\n');
        }
    }

    /** Three decimals without String.format, which would dominate the time for large spectrograms. */
    private static void appendRounded(StringBuilder sb, double v) {
        long milli = Math.round(v * 1000);
        if (milli < 0) {
            sb.append('-');
            milli = -milli;
        }
        sb.append(milli / 1000);
        long frac = milli % 1000;
        if (frac != 0) {
            sb.append('.');
            if (frac < 100) {
                sb.append('0');
            }
            if (frac < 10) {
                sb.append('0');
            }
            long f = frac;
            while (f % 10 == 0) {
                f /= 10;
            }
            sb.append(f);
        }
    }
}
