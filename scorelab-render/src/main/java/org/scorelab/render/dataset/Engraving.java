package org.scorelab.render.dataset;

/**
 * One engraved staff.
 *
 * @param png             8-bit grayscale PNG bytes
 * @param style           the look it was drawn with, for the manifest's font column
 *                        ({@code Leipzig}, {@code abcm2ps} ...)
 * @param source          the text the engraver drew (MEI, ABC), written beside the image
 * @param sourceExtension the file extension of {@code source}, without the dot
 */
public record Engraving(byte[] png, String style, String source, String sourceExtension) {
    public Engraving {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("png must not be empty");
        }
        if (style == null || style.isBlank() || source == null || sourceExtension == null || sourceExtension.isBlank()) {
            throw new IllegalArgumentException("style, source and its extension are required");
        }
    }
}
