package org.scorelab.render.verovio;

/**
 * A rendered staff: the 8-bit grayscale PNG bytes as the worker wrote them, and their size.
 */
public record RenderedImage(byte[] png, int width, int height) {
    public RenderedImage {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("png must not be empty");
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive, was " + width + "x" + height);
        }
    }
}
