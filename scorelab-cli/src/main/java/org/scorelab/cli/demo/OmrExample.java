package org.scorelab.cli.demo;

import java.util.List;

/**
 * One bundled score image with what is on it.
 *
 * @param name    the file name without extension, also the name of every output
 * @param caption what the image shows and where the music comes from, one line
 * @param png     the image file's bytes
 * @param truth   the PrIMuS semantic tokens of the music on the image (for a page: the staves joined)
 */
public record OmrExample(String name, String caption, byte[] png, List<String> truth) {
    public OmrExample {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("example name must be lower-case letters, digits and dashes, was '"
                    + name + "'");
        }
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("example " + name + " has no image");
        }
        png = png.clone();
        truth = List.copyOf(truth);
        if (truth.isEmpty()) {
            throw new IllegalArgumentException("example " + name + " has no ground truth");
        }
    }

    /** A copy of the image file's bytes, so the example stays as it was read. */
    @Override
    public byte[] png() {
        return png.clone();
    }
}
