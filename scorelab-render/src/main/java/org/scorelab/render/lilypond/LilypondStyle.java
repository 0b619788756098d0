package org.scorelab.render.lilypond;

import java.util.random.RandomGenerator;

/**
 * The look of one LilyPond staff: note spacing around LilyPond's default, beams or flags, and the
 * paper kept around the ink, in pixels, as the Verovio samples vary theirs.
 *
 * @param spacingIncrement LilyPond's {@code SpacingSpanner.spacing-increment} (default 1.2): the
 *                         extra space, in staff spaces, a note gets for twice the duration; in [0.9, 1.8]
 * @param beamed           whether notes are beamed by LilyPond's rules for the meter; false draws flags only
 *                         (as many real incipits are engraved, and as 30% of the Verovio samples are)
 * @param margin           white pixels on each side of the ink, 0 to 100
 */
public record LilypondStyle(double spacingIncrement, boolean beamed, int margin) {
    /** LilyPond's own spacing, beamed, and a 10-pixel margin. */
    public static final LilypondStyle DEFAULT = new LilypondStyle(1.2, true, 10);

    public LilypondStyle {
        if (!(spacingIncrement >= 0.9 && spacingIncrement <= 1.8)) {
            throw new IllegalArgumentException("spacingIncrement must be in [0.9, 1.8], was " + spacingIncrement);
        }
        if (margin < 0 || margin > 100) {
            throw new IllegalArgumentException("margin must be in 0..100, was " + margin);
        }
    }

    /** A spacing increment in [1.0, 1.5), beams seven times in ten, and a margin of 5 to 20 pixels. */
    public static LilypondStyle draw(RandomGenerator rng) {
        double spacing = Math.round((1.0 + 0.5 * rng.nextDouble()) * 1000) / 1000.0;
        boolean beamed = rng.nextDouble() >= 0.3;
        return new LilypondStyle(spacing, beamed, 5 + rng.nextInt(16));
    }
}
