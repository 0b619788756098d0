package org.scorelab.render.camera;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Camera-PrIMuS-like distortion of a clean 8-bit grayscale staff image. The steps run in the
 * order a camera would add them: geometry (rotation, shear, perspective, so the page is seen at
 * an angle), lens blur, uneven light, paper texture and sensor noise, contrast, and last the
 * JPEG compression of the phone. The canvas grows to hold the whole turned page, so no symbol is
 * cut off. Everything random is drawn up front into {@link Parameters}; the image then follows
 * from them alone. Transcendental functions go through {@link StrictMath}, so the same seed gives
 * the same bytes on every JVM and CPU.
 */
public record CameraDistortion(CameraConfig config) {
    /** Paper texture varies over cells of this many pixels. */
    private static final int TEXTURE_CELL = 24;

    public CameraDistortion {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
    }

    /**
     * The values drawn for one image.
     *
     * @param seed seeds the per-pixel parts: corner jitter, texture and noise
     */
    public record Parameters(double blurSigma, double rotationDegrees, double shear, double perspective,
                             double gradient, double gradientAngle, double vignette, double paperTexture,
                             double noiseSigma, double contrast, double brightness, double jpegQuality, long seed) {
    }

    /** Draws every parameter from its range. */
    public Parameters draw(RandomGenerator rng) {
        return new Parameters(config.blurSigma().draw(rng), config.rotationDegrees().draw(rng),
                config.shear().draw(rng), config.perspective().draw(rng), config.gradient().draw(rng),
                rng.nextDouble() * 2 * Math.PI, config.vignette().draw(rng), config.paperTexture().draw(rng),
                config.noiseSigma().draw(rng), config.contrast().draw(rng), config.brightness().draw(rng),
                config.jpegQuality().draw(rng), rng.nextLong());
    }

    /** Draws parameters and applies them. */
    public BufferedImage apply(BufferedImage image, RandomGenerator rng) {
        return apply(image, draw(rng));
    }

    /** The distorted image, 8-bit grayscale, at least as large as the input. */
    public BufferedImage apply(BufferedImage image, Parameters p) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] src = image.getData().getSamples(0, 0, w, h, 0, new float[w * h]);
        SplittableRandom rng = new SplittableRandom(p.seed());
        Warp warp = Warp.of(w, h, p, rng);
        float[] px = warp.apply(src, w, h);
        int ow = warp.width();
        int oh = warp.height();
        px = blur(px, ow, oh, p.blurSigma());
        return jpeg(photometric(px, ow, oh, p, rng), p.jpegQuality());
    }

    /** A projective map from the output canvas back to the source image. */
    private record Warp(double[] inverse, int width, int height) {
        static Warp of(int w, int h, Parameters p, RandomGenerator rng) {
            double[][] src = {{0, 0}, {w, 0}, {w, h}, {0, h}};
            double[][] dst = new double[4][2];
            double a = StrictMath.toRadians(p.rotationDegrees());
            double cx = w / 2.0;
            double cy = h / 2.0;
            double jitter = p.perspective() * h;
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                double x = src[i][0] - cx + p.shear() * (src[i][1] - cy);
                double y = src[i][1] - cy;
                double rx = x * StrictMath.cos(a) - y * StrictMath.sin(a) + (2 * rng.nextDouble() - 1) * jitter;
                double ry = x * StrictMath.sin(a) + y * StrictMath.cos(a) + (2 * rng.nextDouble() - 1) * jitter;
                dst[i][0] = rx;
                dst[i][1] = ry;
                minX = Math.min(minX, rx);
                minY = Math.min(minY, ry);
                maxX = Math.max(maxX, rx);
                maxY = Math.max(maxY, ry);
            }
            for (double[] d : dst) {
                d[0] -= minX;
                d[1] -= minY;
            }
            int ow = Math.max(w, (int) Math.ceil(maxX - minX));
            int oh = Math.max(h, (int) Math.ceil(maxY - minY));
            return new Warp(homography(dst, src), ow, oh);
        }

        /**
         * Samples the source bilinearly at the inverse image of every output pixel centre. The
         * projective numerators and denominator are linear in x, so they advance by additions.
         */
        float[] apply(float[] src, int w, int h) {
            float[] out = new float[width * height];
            double[] m = inverse;
            for (int y = 0; y < height; y++) {
                double py = y + 0.5;
                double nx = m[0] * 0.5 + m[1] * py + m[2];
                double ny = m[3] * 0.5 + m[4] * py + m[5];
                double d = m[6] * 0.5 + m[7] * py + 1;
                for (int x = 0; x < width; x++) {
                    double sx = nx / d - 0.5;
                    double sy = ny / d - 0.5;
                    out[y * width + x] = bilinear(src, w, h, sx, sy);
                    nx += m[0];
                    ny += m[3];
                    d += m[6];
                }
            }
            return out;
        }

        private static float bilinear(float[] src, int w, int h, double x, double y) {
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            double fx = x - x0;
            double fy = y - y0;
            double a;
            double b;
            double c;
            double e;
            if (x0 >= 0 && y0 >= 0 && x0 < w - 1 && y0 < h - 1) {
                int i = y0 * w + x0;
                a = src[i];
                b = src[i + 1];
                c = src[i + w];
                e = src[i + w + 1];
            } else {
                a = at(src, w, h, x0, y0);
                b = at(src, w, h, x0 + 1, y0);
                c = at(src, w, h, x0, y0 + 1);
                e = at(src, w, h, x0 + 1, y0 + 1);
            }
            return (float) ((1 - fy) * ((1 - fx) * a + fx * b) + fy * ((1 - fx) * c + fx * e));
        }

        /** Outside the source is more white paper. */
        private static float at(float[] src, int w, int h, int x, int y) {
            return x < 0 || y < 0 || x >= w || y >= h ? 255f : src[y * w + x];
        }
    }

    /**
     * The homography taking {@code from[i]} to {@code to[i]} for four point pairs, as the eight
     * coefficients of [[a b c] [d e f] [g h 1]].
     */
    static double[] homography(double[][] from, double[][] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int c = 0; c < 8; c++) {
            int pivot = c;
            for (int r = c + 1; r < 8; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[c][c]) < 1e-12) {
                throw new IllegalArgumentException("degenerate quadrilateral: the four points are collinear");
            }
            for (int r = 0; r < 8; r++) {
                if (r != c) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k < 9; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[] out = new double[8];
        for (int i = 0; i < 8; i++) {
            out[i] = a[i][8] / a[i][i];
        }
        return out;
    }

    /**
     * Separable Gaussian blur, edges clamped; sigma below 0.05 px is no blur. The horizontal pass
     * runs over an edge-padded row and the vertical pass adds whole rows, so neither inner loop
     * needs a bounds check.
     */
    static float[] blur(float[] px, int w, int h, double sigma) {
        if (sigma < 0.05) {
            return px;
        }
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) StrictMath.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        float[] tmp = new float[px.length];
        float[] padded = new float[w + 2 * r];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            System.arraycopy(px, row, padded, r, w);
            for (int i = 0; i < r; i++) {
                padded[i] = px[row];
                padded[r + w + i] = px[row + w - 1];
            }
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int i = 0; i < k.length; i++) {
                    acc += k[i] * padded[x + i];
                }
                tmp[row + x] = acc;
            }
        }
        float[] out = new float[px.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int i = -r; i <= r; i++) {
                int src = Math.min(h - 1, Math.max(0, y + i)) * w;
                float ki = k[i + r];
                for (int x = 0; x < w; x++) {
                    out[row + x] += ki * tmp[src + x];
                }
            }
        }
        return out;
    }

    /**
     * Light, paper and sensor in one pass over the pixels: a linear light gradient in a random
     * direction and a vignette (both darkening multiplicatively, both separable in x and y), a
     * smooth paper texture (a coarse random grid, bilinearly interpolated), per-pixel noise, and
     * last contrast and brightness; clamped to 8 bits.
     */
    private static BufferedImage photometric(float[] px, int w, int h, Parameters p, RandomGenerator rng) {
        double dx = StrictMath.cos(p.gradientAngle());
        double dy = StrictMath.sin(p.gradientAngle());
        double lo = Math.min(0, dx * w) + Math.min(0, dy * h);
        double hi = Math.max(0, dx * w) + Math.max(0, dy * h);
        double span = Math.max(1e-9, hi - lo);
        double cx = w / 2.0;
        double cy = h / 2.0;
        double rmax2 = cx * cx + cy * cy;
        double[] gx = new double[w];
        double[] vx = new double[w];
        int[] cellX = new int[w];
        double[] fracX = new double[w];
        for (int x = 0; x < w; x++) {
            gx[x] = (dx * x - lo) / span;
            vx[x] = (x - cx) * (x - cx) / rmax2;
            cellX[x] = x / TEXTURE_CELL;
            fracX[x] = (double) (x % TEXTURE_CELL) / TEXTURE_CELL;
        }
        int gw = w / TEXTURE_CELL + 2;
        int gh = h / TEXTURE_CELL + 2;
        double[] grid = new double[gw * gh];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = rng.nextGaussian() * p.paperTexture();
        }
        boolean noise = p.noiseSigma() > 0;
        double contrast = p.contrast();
        double offset = 128 - 128 * contrast + p.brightness();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            double gy = dy * y / span;
            double vy = (y - cy) * (y - cy) / rmax2;
            int y0 = y / TEXTURE_CELL;
            double fy = (double) (y % TEXTURE_CELL) / TEXTURE_CELL;
            int top = y0 * gw;
            int bottom = top + gw;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                double f = (1 - p.gradient() * (gx[x] + gy)) * (1 - p.vignette() * (vx[x] + vy));
                int x0 = cellX[x];
                double fx = fracX[x];
                double t = (1 - fy) * ((1 - fx) * grid[top + x0] + fx * grid[top + x0 + 1])
                        + fy * ((1 - fx) * grid[bottom + x0] + fx * grid[bottom + x0 + 1]);
                double v = px[row + x] * f + t;
                if (noise) {
                    v += approximateGaussian(rng) * p.noiseSigma();
                }
                long g = Math.round(offset + v * contrast);
                data[row + x] = (byte) (g < 0 ? 0 : g > 255 ? 255 : g);
            }
        }
        return out;
    }

    /**
     * A unit-variance, bell-shaped number from one draw: the sum of three uniforms (Irwin-Hall),
     * rescaled. Exact Gaussians per pixel cost more than the rest of the distortion together,
     * and sensor noise needs no better.
     */
    private static double approximateGaussian(RandomGenerator rng) {
        long bits = rng.nextLong();
        double sum = (bits & 0x1FFFFF) + ((bits >>> 21) & 0x1FFFFF) + ((bits >>> 42) & 0x1FFFFF);
        return (sum / 0x1FFFFF - 1.5) * 2.0;
    }

    /** Encodes as JPEG at {@code quality} and decodes again: the block artefacts of a phone photo. */
    static BufferedImage jpeg(BufferedImage gray, double quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((float) quality);
                writer.write(null, new IIOImage(gray, null, null), param);
            }
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            if (back.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                return back;
            }
            BufferedImage g = new BufferedImage(back.getWidth(), back.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            g.getGraphics().drawImage(back, 0, 0, null);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip in memory failed", e);
        } finally {
            writer.dispose();
        }
    }
}
