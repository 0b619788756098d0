package org.scorelab.omr.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorelab.omr.page.GrayPixels;
import org.scorelab.omr.page.Staff;

/**
 * Cuts each staff out of a page as the staff recognizer wants to read it: deskewed, with context
 * above and below for notes on ledger lines, and scaled so that the interline is the one the
 * recognizer was trained on (18 px for the PrIMuS-like training staves). Every length is in
 * interlines of the staff itself, so a page scanned at any resolution gives the same crops.
 *
 * <p>The staff's surroundings are first turned back to horizontal at the page's own resolution
 * (bilinear sampling), then resampled to the target scale, averaging over each output pixel's
 * area when shrinking so that thin staff lines do not alias away. Beyond the page edge the paper
 * is white.
 *
 * @param targetInterline the interline of the crops in pixels
 * @param above           context above the top line, in interlines
 * @param below           context below the bottom line, in interlines
 * @param sides           context left of the staff start and right of its end, in interlines
 */
public record StaffCropper(double targetInterline, double above, double below, double sides) {
    /** The training scale (interline 18 px), four interlines above and below, one at each side. */
    public static final StaffCropper DEFAULT = new StaffCropper(18, 4, 4, 1);

    public StaffCropper {
        if (!(targetInterline >= 4 && targetInterline <= 100)) {
            throw new IllegalArgumentException("targetInterline must be in 4..100 px, was " + targetInterline);
        }
        if (!(above >= 0 && above <= 20 && below >= 0 && below <= 20 && sides >= 0 && sides <= 20)) {
            throw new IllegalArgumentException("context must be in 0..20 interlines each, was above " + above
                    + ", below " + below + ", sides " + sides);
        }
    }

    /** The height of every crop in pixels: it depends on the context only, not on the page. */
    public int cropHeight() {
        return (int) Math.round((above + 4 + below) * targetInterline);
    }

    /** The crops of all staves, in their order. */
    public List<BufferedImage> cropAll(BufferedImage page, List<Staff> staves) {
        byte[] gray = GrayPixels.of(page);
        List<BufferedImage> out = new ArrayList<>(staves.size());
        for (Staff s : staves) {
            out.add(crop(gray, page.getWidth(), page.getHeight(), s));
        }
        return out;
    }

    /** One staff's crop: an 8-bit grayscale image {@link #cropHeight()} high. */
    public BufferedImage crop(BufferedImage page, Staff staff) {
        return crop(GrayPixels.of(page), page.getWidth(), page.getHeight(), staff);
    }

    private BufferedImage crop(byte[] gray, int w, int h, Staff staff) {
        double il = staff.interline();
        double scale = targetInterline / il;
        double u0 = staff.left() - sides * il;
        double v0 = staff.top() - above * il;
        int ow = Math.max(1, (int) Math.round((staff.right() - staff.left() + 2 * sides * il) * scale));
        int oh = cropHeight();
        int sw = (int) Math.ceil(ow / scale) + 1;
        int sh = (int) Math.ceil(oh / scale) + 1;
        float[] level = deskewed(gray, w, h, staff, u0, v0, sw, sh);
        Kernel kx = Kernel.of(ow, sw, scale);
        Kernel ky = Kernel.of(oh, sh, scale);
        float[] rows = new float[ow * sh];
        for (int y = 0; y < sh; y++) {
            kx.apply(level, y * sw, 1, rows, y * ow, 1);
        }
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        float[] acc = new float[ow];
        for (int y = 0; y < oh; y++) {
            Arrays.fill(acc, 0);
            float[] wts = ky.weights()[y];
            for (int i = 0; i < wts.length; i++) {
                float wt = wts[i];
                int base = (ky.first()[y] + i) * ow;
                for (int x = 0; x < ow; x++) {
                    acc[x] += wt * rows[base + x];
                }
            }
            for (int x = 0; x < ow; x++) {
                dst[y * ow + x] = (byte) Math.max(0, Math.min(255, Math.round(acc[x])));
            }
        }
        return out;
    }

    /**
     * The deskewed page at its own resolution, from {@code (u0, v0)}: cell {@code (i, j)} is the
     * page around the deskewed point {@code (u0 + i + 0.5, v0 + j + 0.5)}, sampled bilinearly.
     * Along a row the sample point steps by the rotation's cosine and sine in 16.16 fixed point
     * (the rounding drifts by under 0.02 px over a page width), weights are 8-bit: this inner loop
     * is most of the crop's time.
     */
    private static float[] deskewed(byte[] gray, int w, int h, Staff staff, double u0, double v0, int sw, int sh) {
        double a = Math.toRadians(staff.skewDegrees());
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = staff.centerX();
        double cy = staff.centerY();
        long stepX = Math.round(cos * 65536);
        long stepY = Math.round(sin * 65536);
        float[] out = new float[sw * sh];
        for (int j = 0; j < sh; j++) {
            double du = u0 + 0.5 - cx;
            double dv = v0 + j + 0.5 - cy;
            long x = Math.round((cx + du * cos - dv * sin - 0.5) * 65536);
            long y = Math.round((cy + du * sin + dv * cos - 0.5) * 65536);
            int row = j * sw;
            for (int i = 0; i < sw; i++, x += stepX, y += stepY) {
                int x0 = (int) (x >> 16);
                int y0 = (int) (y >> 16);
                int fx = (int) (x >> 8) & 0xff;
                int fy = (int) (y >> 8) & 0xff;
                int p00;
                int p10;
                int p01;
                int p11;
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
                    int k = y0 * w + x0;
                    p00 = gray[k] & 0xff;
                    p10 = gray[k + 1] & 0xff;
                    p01 = gray[k + w] & 0xff;
                    p11 = gray[k + w + 1] & 0xff;
                } else {
                    p00 = at(gray, w, h, x0, y0);
                    p10 = at(gray, w, h, x0 + 1, y0);
                    p01 = at(gray, w, h, x0, y0 + 1);
                    p11 = at(gray, w, h, x0 + 1, y0 + 1);
                }
                int top = p00 * (256 - fx) + p10 * fx;
                int bottom = p01 * (256 - fx) + p11 * fx;
                out[row + i] = (top * (256 - fy) + bottom * fy) * (1f / 65536);
            }
        }
        return out;
    }

    /**
     * One axis of the resampling from the deskewed grid to the crop: output pixel {@code k} covers
     * source {@code [k / scale, (k + 1) / scale)}; shrinking averages the source cells by how much
     * of each it covers, enlarging interpolates linearly at its centre.
     */
    private record Kernel(int[] first, float[][] weights) {
        static Kernel of(int outLength, int srcLength, double scale) {
            int[] first = new int[outLength];
            float[][] weights = new float[outLength][];
            for (int k = 0; k < outLength; k++) {
                double a = k / scale;
                double b = (k + 1) / scale;
                if (b - a >= 1) {
                    int lo = (int) Math.floor(a);
                    int hi = Math.min(srcLength - 1, (int) Math.ceil(b) - 1);
                    float[] wts = new float[Math.max(1, hi - lo + 1)];
                    for (int i = lo; i <= hi; i++) {
                        wts[i - lo] = (float) ((Math.min(b, i + 1) - Math.max(a, i)) / (b - a));
                    }
                    first[k] = lo;
                    weights[k] = wts;
                } else {
                    double c = (a + b) / 2 - 0.5;
                    int lo = Math.max(0, Math.min(srcLength - 2, (int) Math.floor(c)));
                    float f = (float) Math.max(0, Math.min(1, c - lo));
                    first[k] = lo;
                    weights[k] = new float[] {1 - f, f};
                }
            }
            return new Kernel(first, weights);
        }

        void apply(float[] src, int srcOffset, int srcStride, float[] dst, int dstOffset, int dstStride) {
            for (int k = 0; k < first.length; k++) {
                float acc = 0;
                float[] wts = weights[k];
                int base = srcOffset + first[k] * srcStride;
                for (int i = 0; i < wts.length; i++) {
                    acc += wts[i] * src[base + i * srcStride];
                }
                dst[dstOffset + k * dstStride] = acc;
            }
        }
    }

    private static int at(byte[] g, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : g[y * w + x] & 0xff;
    }
}
