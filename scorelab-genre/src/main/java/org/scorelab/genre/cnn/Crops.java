package org.scorelab.genre.cnn;

import java.util.Arrays;

/** Copies windows of a {@code [bands][frames]} image into a flat batch buffer, {@code [N][1][bands][window]}. */
final class Crops {

    private Crops() {
    }

    /**
     * Copies frames {@code start .. start+window} of every band into slot {@code slot} of {@code batch};
     * frames past the image's end are 0 (the standardised mean).
     */
    static void copy(float[][] image, int start, int window, float[] batch, int slot) {
        int bands = image.length;
        int base = slot * bands * window;
        for (int b = 0; b < bands; b++) {
            float[] row = image[b];
            int n = Math.max(0, Math.min(window, row.length - start));
            System.arraycopy(row, start, batch, base + b * window, n);
            Arrays.fill(batch, base + b * window + n, base + (b + 1) * window, 0f);
        }
    }

    /** Sets bands {@code [b0, b0+nb)} and frames {@code [t0, t0+nt)} of slot {@code slot} to 0 (SpecAugment's masks). */
    static void mask(float[] batch, int slot, int bands, int window, int b0, int nb, int t0, int nt) {
        int base = slot * bands * window;
        for (int b = b0; b < Math.min(bands, b0 + nb); b++) {
            Arrays.fill(batch, base + b * window, base + (b + 1) * window, 0f);
        }
        for (int b = 0; b < bands; b++) {
            int from = base + b * window + Math.min(window, t0);
            int to = base + b * window + Math.min(window, t0 + nt);
            Arrays.fill(batch, from, to, 0f);
        }
    }
}
