package org.scorelab.omr.data;

/**
 * One normalised staff as the network reads it: {@code height x width} ink levels, row-major,
 * 0 for paper and 255 for full ink (the inverse of gray), so that zero padding is blank paper.
 * Kept as bytes, a quarter of the floats' memory, so a whole training split fits in memory.
 */
public record StaffImage(int height, int width, byte[] ink) {
    public StaffImage {
        if (height < 1 || width < 1 || ink.length != (long) height * width) {
            throw new IllegalArgumentException("expected " + height + "x" + width + " ink levels, got " + ink.length);
        }
    }

    /** The ink level at a pixel, 0..1. */
    public float at(int y, int x) {
        return (ink[y * width + x] & 0xff) / 255f;
    }
}
