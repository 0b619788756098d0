package org.scorelab.omr.page;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * The 8-bit gray levels of an image as one row-major array, without a copy when the image already
 * is a plain {@code TYPE_BYTE_GRAY}: the page algorithms read every pixel once or twice, and going
 * through {@code getRGB} would cost more than the algorithms themselves.
 */
public final class GrayPixels {
    private GrayPixels() {
    }

    /**
     * The gray levels, {@code y * width + x}. Shared with the image when possible: callers must
     * not write to it. Colour is reduced to Rec. 601 luma, transparency composited on white paper.
     */
    public static byte[] of(BufferedImage image) {
        Raster r = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && r.getDataBuffer() instanceof DataBufferByte db
                && db.getNumBanks() == 1 && r.getSampleModel() instanceof ComponentSampleModel sm
                && sm.getScanlineStride() == image.getWidth() && sm.getPixelStride() == 1
                && r.getSampleModelTranslateX() == 0 && r.getSampleModelTranslateY() == 0 && db.getOffset() == 0
                && db.getData().length == image.getWidth() * image.getHeight()) {
            return db.getData();
        }
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h];
        // A palette image (PrIMuS incipits are 1-bit palette PNGs) has one band of indices, not
        // gray levels: only a true gray raster is read sample by sample, scaled to 8 bits.
        if (r.getNumBands() == 1 && !(image.getColorModel() instanceof IndexColorModel)) {
            int[] row = new int[w];
            int bits = r.getSampleModel().getSampleSize(0);
            int max = (1 << bits) - 1;
            for (int y = 0; y < h; y++) {
                r.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = (byte) (bits == 8 ? row[x] : (int) ((long) row[x] * 255 / max));
                }
            }
            return out;
        }
        int[] argb = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                int p = argb[x];
                int a = p >>> 24;
                int luma = (77 * ((p >> 16) & 0xff) + 150 * ((p >> 8) & 0xff) + 29 * (p & 0xff) + 128) >> 8;
                out[y * w + x] = (byte) ((luma * a + 255 * (255 - a) + 127) / 255);
            }
        }
        return out;
    }
}
