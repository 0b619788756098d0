package org.scorelab.render.page;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * What a flatbed scan does to a printed page: the sheet lies slightly turned, the optics blur,
 * the sensor adds noise and the file is saved as JPEG. Unlike the camera distortion of the
 * training staves there is no perspective: a scanner keeps the page flat, so a page recognizer
 * may rely on straight staff lines.
 *
 * <p>The turn is about the page centre and keeps the page size; a point {@code (x, y)} of the
 * clean page lands at {@link #toScanX}/{@link #toScanY}. A positive skew makes horizontal lines
 * descend to the right (y grows downwards).
 *
 * @param skewDegrees  the turn, in -10..10 degrees
 * @param blurSigma    Gaussian blur in pixels, 0 for none
 * @param noiseSigma   Gaussian sensor noise in gray levels, 0 for none
 * @param jpegQuality  JPEG quality in 0.05..1, or 0 to keep the pixels lossless
 * @param seed         seed of the noise, so that a degradation gives the same pixels every time
 */
public record ScanDegradation(double skewDegrees, double blurSigma, double noiseSigma, double jpegQuality, long seed) {
    /** Leaves the page as it is. */
    public static final ScanDegradation NONE = new ScanDegradation(0, 0, 0, 0, 0);

    public ScanDegradation {
        if (!(Math.abs(skewDegrees) <= 10)) {
            throw new IllegalArgumentException("skewDegrees must be in -10..10, was " + skewDegrees);
        }
        if (!(blurSigma >= 0 && blurSigma <= 5)) {
            throw new IllegalArgumentException("blurSigma must be in 0..5 px, was " + blurSigma);
        }
        if (!(noiseSigma >= 0 && noiseSigma <= 64)) {
            throw new IllegalArgumentException("noiseSigma must be in 0..64 gray levels, was " + noiseSigma);
        }
        if (!(jpegQuality == 0 || (jpegQuality >= 0.05 && jpegQuality <= 1))) {
            throw new IllegalArgumentException("jpegQuality must be 0 (none) or in 0.05..1, was " + jpegQuality);
        }
    }

    /**
     * A random scan: skew uniform in +-{@code maxSkewDegrees}, blur 0..1.2 px, noise 0..12 gray
     * levels, JPEG quality 0.5..0.95.
     */
    public static ScanDegradation random(long seed, double maxSkewDegrees) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new ScanDegradation(rng.nextDouble(-maxSkewDegrees, maxSkewDegrees), rng.nextDouble(0, 1.2),
                rng.nextDouble(0, 12), rng.nextDouble(0.5, 0.95), rng.nextLong());
    }

    /** Where the clean point {@code (x, y)} lies on the scan of a {@code width}-wide page. */
    public double toScanX(double x, double y, int width, int height) {
        double a = Math.toRadians(skewDegrees);
        return width / 2.0 + (x - width / 2.0) * Math.cos(a) - (y - height / 2.0) * Math.sin(a);
    }

    /** Where the clean point {@code (x, y)} lies on the scan of a {@code height}-high page. */
    public double toScanY(double x, double y, int width, int height) {
        double a = Math.toRadians(skewDegrees);
        return height / 2.0 + (x - width / 2.0) * Math.sin(a) + (y - height / 2.0) * Math.cos(a);
    }

    /** The scan of a clean 8-bit grayscale page, of the same size. */
    public BufferedImage apply(BufferedImage clean) {
        if (clean.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit grayscale image, got type " + clean.getType());
        }
        int w = clean.getWidth();
        int h = clean.getHeight();
        byte[] src = ((DataBufferByte) clean.getRaster().getDataBuffer()).getData();
        float[] px = skewDegrees == 0 ? toFloat(src) : turn(src, w, h);
        if (blurSigma > 0) {
            blur(px, w, h, blurSigma);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < px.length; i++) {
            double v = px[i] + (noiseSigma > 0 ? noiseSigma * gaussian(rng) : 0);
            dst[i] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
        }
        return jpegQuality > 0 ? jpeg(out, jpegQuality) : out;
    }

    private static float[] toFloat(byte[] src) {
        float[] out = new float[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = src[i] & 0xff;
        }
        return out;
    }

    /**
     * Bilinear resampling of the turned page; paper beyond the edges is white. Coordinates are
     * continuous (pixel {@code i} covers {@code [i, i+1)}), each scan pixel centre is turned back
     * onto the clean page and sampled there.
     */
    private float[] turn(byte[] src, int w, int h) {
        double a = Math.toRadians(skewDegrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = w / 2.0;
        double cy = h / 2.0;
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            double dy = y + 0.5 - cy;
            double dx = 0.5 - cx;
            double sx = cx + dx * cos + dy * sin - 0.5;
            double sy = cy - dx * sin + dy * cos - 0.5;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = sample(src, w, h, sx, sy);
                sx += cos;
                sy -= sin;
            }
        }
        return out;
    }

    private static float sample(byte[] src, int w, int h, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double p00 = at(src, w, h, x0, y0);
        double p10 = at(src, w, h, x0 + 1, y0);
        double p01 = at(src, w, h, x0, y0 + 1);
        double p11 = at(src, w, h, x0 + 1, y0 + 1);
        return (float) ((p00 * (1 - fx) + p10 * fx) * (1 - fy) + (p01 * (1 - fx) + p11 * fx) * fy);
    }

    private static int at(byte[] src, int w, int h, int x, int y) {
        return x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x] & 0xff;
    }

    /** Separable Gaussian, edges clamped. */
    static void blur(float[] px, int w, int h, double sigma) {
        int r = (int) Math.ceil(3 * sigma);
        float[] k = new float[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        float[] line = new float[Math.max(w, h)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float acc = 0;
                for (int i = -r; i <= r; i++) {
                    acc += k[i + r] * px[y * w + Math.max(0, Math.min(w - 1, x + i))];
                }
                line[x] = acc;
            }
            System.arraycopy(line, 0, px, y * w, w);
        }
        float[] col = new float[h];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                col[y] = px[y * w + x];
            }
            for (int y = 0; y < h; y++) {
                float acc = 0;
                for (int i = -r; i <= r; i++) {
                    acc += k[i + r] * col[Math.max(0, Math.min(h - 1, y + i))];
                }
                px[y * w + x] = acc;
            }
        }
    }

    /** A standard normal draw (Box-Muller), from the given generator only. */
    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Encodes as JPEG at {@code quality} and decodes again: the block artefacts of a saved scan. */
    static BufferedImage jpeg(BufferedImage gray, double quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((float) quality);
                writer.write(null, new IIOImage(gray, null, null), param);
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
            if (decoded.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                return decoded;
            }
            BufferedImage g = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            g.getRaster().setRect(decoded.getRaster());
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG round trip in memory failed", e);
        } finally {
            writer.dispose();
        }
    }
}
