package org.scorelab.render.abcm2ps;

import java.util.random.RandomGenerator;

/**
 * The look of one abcm2ps staff: note spacing around abcm2ps's default (1.414, the ratio of the
 * space of a note to that of one of half its value) and the paper kept around the ink, in pixels,
 * as the Verovio samples vary theirs.
 *
 * @param noteSpacing abcm2ps's {@code %%notespacingfactor}, in [1.2, 1.8]
 * @param margin      white pixels on each side of the ink, 0 to 100
 */
public record Abcm2psStyle(double noteSpacing, int margin) {
    /** abcm2ps's own spacing and a 10-pixel margin. */
    public static final Abcm2psStyle DEFAULT = new Abcm2psStyle(1.414, 10);

    public Abcm2psStyle {
        if (!(noteSpacing >= 1.2 && noteSpacing <= 1.8)) {
            throw new IllegalArgumentException("noteSpacing must be in [1.2, 1.8], was " + noteSpacing);
        }
        if (margin < 0 || margin > 100) {
            throw new IllegalArgumentException("margin must be in 0..100, was " + margin);
        }
    }

    /** A spacing in [1.3, 1.7) and a margin of 5 to 20 pixels. */
    public static Abcm2psStyle draw(RandomGenerator rng) {
        double spacing = Math.round((1.3 + 0.4 * rng.nextDouble()) * 1000) / 1000.0;
        return new Abcm2psStyle(spacing, 5 + rng.nextInt(16));
    }
}
