package org.scorelab.render.verovio;

import java.util.List;
import java.util.Locale;

/**
 * The Verovio options that vary between samples; the worker adds the fixed ones (one system,
 * no header or footer, page adjusted to the music).
 *
 * @param font             one of Verovio's bundled music fonts, see {@link #FONTS}
 * @param scale            percent; 100 gives an interline of 18 px, as in PrIMuS
 * @param spacingLinear    Verovio's linear horizontal spacing (its default is 0.25)
 * @param spacingNonLinear Verovio's non-linear horizontal spacing (its default is 0.6)
 * @param margin           page margin on every side, in Verovio units (1/10 px at scale 100):
 *                         a little paper around the staff
 */
public record RenderOptions(String font, int scale, double spacingLinear, double spacingNonLinear, int margin) {
    /** The music fonts bundled with Verovio. */
    public static final List<String> FONTS = List.of("Leipzig", "Bravura", "Gootville", "Petaluma", "Leland");

    /** Verovio's defaults at the PrIMuS scale. */
    public static final RenderOptions DEFAULT = new RenderOptions("Leipzig", 100, 0.25, 0.6, 20);

    public RenderOptions {
        if (!FONTS.contains(font)) {
            throw new IllegalArgumentException("font must be one of " + FONTS + ", was '" + font + "'");
        }
        if (scale < 20 || scale > 400) {
            throw new IllegalArgumentException("scale must be in 20..400 percent, was " + scale);
        }
        if (!(spacingLinear >= 0.0 && spacingLinear <= 1.0)) {
            throw new IllegalArgumentException("spacingLinear must be in 0..1, was " + spacingLinear);
        }
        if (!(spacingNonLinear >= 0.0 && spacingNonLinear <= 1.0)) {
            throw new IllegalArgumentException("spacingNonLinear must be in 0..1, was " + spacingNonLinear);
        }
        if (margin < 0 || margin > 500) {
            throw new IllegalArgumentException("margin must be in 0..500, was " + margin);
        }
    }

    /** The options as the JSON object the worker passes to Verovio's {@code setOptions}. */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"font\":%s,\"scale\":%d,\"spacingLinear\":%.4f,\"spacingNonLinear\":%.4f,"
                        + "\"pageMarginLeft\":%d,\"pageMarginRight\":%d,\"pageMarginTop\":%d,\"pageMarginBottom\":%d}",
                Json.quote(font), scale, spacingLinear, spacingNonLinear, margin, margin, margin, margin);
    }
}
