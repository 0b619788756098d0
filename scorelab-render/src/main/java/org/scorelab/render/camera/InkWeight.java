package org.scorelab.render.camera;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A heavier print: every stroke of an 8-bit grayscale staff image one pixel wider. Engravers
 * differ in how heavy they draw: Verovio's staff lines are about a ninth of an interline (2 px at
 * an 18-px interline), those of the real PrIMuS incipits a sixth (3 px), and scans and photocopies
 * thicken ink further. A recognizer trained on one weight reads another worse, so some training
 * images are drawn heavier.
 *
 * <p>The operation is a 2 x 2 grey-level erosion of the paper (each pixel takes the darkest of
 * itself and its right, lower and lower-right neighbours), so strokes grow by one pixel to the
 * right and down; the half-pixel shift of the image this causes is far below anything the
 * recognizer resolves.
 */
public final class InkWeight {
    private InkWeight() {
    }

    /** The image with every stroke one pixel heavier (a new image; the input is not changed). */
    public static BufferedImage bolder(BufferedImage gray) {
        if (gray.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit grayscale image, got type " + gray.getType());
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] src = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int below = Math.min(y + 1, h - 1) * w;
            for (int x = 0; x < w; x++) {
                int right = Math.min(x + 1, w - 1);
                int v = Math.min(Math.min(src[row + x] & 0xff, src[row + right] & 0xff),
                        Math.min(src[below + x] & 0xff, src[below + right] & 0xff));
                dst[row + x] = (byte) v;
            }
        }
        return out;
    }
}
