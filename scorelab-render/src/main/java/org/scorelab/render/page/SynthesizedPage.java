package org.scorelab.render.page;

import java.awt.image.BufferedImage;

/**
 * A synthesised page: the clean engraving, the scan made from it, and the ground truth.
 *
 * @param clean the page as Verovio engraved it (8-bit grayscale)
 * @param scan  the page after {@link PageTruth#scan()} (the clean page itself when there is none)
 * @param truth what is on the page and where
 */
public record SynthesizedPage(BufferedImage clean, BufferedImage scan, PageTruth truth) {
    public SynthesizedPage {
        if (clean == null || scan == null || truth == null) {
            throw new IllegalArgumentException("clean, scan and truth are required");
        }
        if (clean.getWidth() != scan.getWidth() || clean.getHeight() != scan.getHeight()) {
            throw new IllegalArgumentException("scan must have the clean page's size");
        }
    }
}
