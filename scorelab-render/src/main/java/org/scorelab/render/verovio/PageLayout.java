package org.scorelab.render.verovio;

import java.util.Locale;

/**
 * Verovio's page layout instead of the single long system of a training staff: a fixed paper
 * size, systems broken where Verovio chooses, and optionally the title from the MEI header at the
 * top. Sizes are in image pixels, whatever the {@link RenderOptions#scale() scale}: an A4 page at
 * 300 dpi is {@link #A4_300_DPI}.
 *
 * @param width  page width in pixels
 * @param height page height in pixels
 * @param margin paper around the music on every side, in pixels
 * @param title  whether to engrave the title (Verovio's automatic page header)
 */
public record PageLayout(int width, int height, int margin, boolean title) {
    /** A4 (210 x 297 mm) at 300 dpi with 15 mm margins and the title. */
    public static final PageLayout A4_300_DPI = new PageLayout(2480, 3508, 177, true);

    public PageLayout {
        if (width < 100 || width > 20000 || height < 100 || height > 20000) {
            throw new IllegalArgumentException("page size must be in 100..20000 px each way, was " + width + "x" + height);
        }
        if (margin < 0 || 2 * margin >= Math.min(width, height)) {
            throw new IllegalArgumentException("margin must be at least 0 and leave paper for the music, was " + margin
                    + " on a " + width + "x" + height + " page");
        }
    }

    /**
     * The Verovio options of this layout at a scale: Verovio's page size and margins are in
     * units that the scale multiplies (scale 100 draws one unit per pixel), so they are divided
     * by it here to give the requested pixels (rounded down: Verovio rounds the pixel size up, so
     * the image may still be a pixel off, which the caller trims or pads).
     */
    String toJson(int scale) {
        double perUnit = scale / 100.0;
        int m = (int) Math.round(margin / perUnit);
        return String.format(Locale.ROOT,
                "\"pageWidth\":%d,\"pageHeight\":%d,\"adjustPageWidth\":false,\"adjustPageHeight\":false,"
                        + "\"breaks\":\"auto\",\"header\":\"%s\",\"pageMarginLeft\":%d,\"pageMarginRight\":%d,"
                        + "\"pageMarginTop\":%d,\"pageMarginBottom\":%d,\"svgAdditionalAttribute\":[\"measure@n\"]",
                (long) Math.floor(width / perUnit), (long) Math.floor(height / perUnit), title ? "auto" : "none", m, m, m, m);
    }
}
