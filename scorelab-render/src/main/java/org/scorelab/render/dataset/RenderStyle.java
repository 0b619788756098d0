package org.scorelab.render.dataset;

import java.util.random.RandomGenerator;
import org.scorelab.render.verovio.RenderOptions;

/**
 * Draws the engraving of one sample: a bundled music font and horizontal spacing within a sane
 * range around Verovio's defaults (0.25 linear, 0.6 non-linear), at the PrIMuS scale (interline
 * 18 px) with a little paper around the staff.
 */
final class RenderStyle {
    private RenderStyle() {
    }

    static RenderOptions draw(RandomGenerator rng) {
        String font = RenderOptions.FONTS.get(rng.nextInt(RenderOptions.FONTS.size()));
        double linear = 0.15 + 0.2 * rng.nextDouble();
        double nonLinear = 0.45 + 0.3 * rng.nextDouble();
        int margin = 5 + rng.nextInt(16);
        return new RenderOptions(font, 100, round(linear), round(nonLinear), margin);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
