package org.scorelab.render.abcm2ps;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import org.scorelab.render.camera.GrayPng;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderedImage;
import org.scorelab.render.verovio.VerovioPool;

/**
 * Crops a grayscale staff image to its ink plus a margin of paper, as the Verovio samples are
 * framed: abcm2ps (and LilyPond, {@code render.lilypond}) place their staff on a page with space
 * for titles and margins that Verovio's samples do not have.
 */
public final class InkCrop {
    /** Gray levels below this are ink; antialiased edges above it count as paper. */
    static final int INK = 160;

    private InkCrop() {
    }

    /**
     * Another engraver's staff SVG rasterised by the pool's resvg at {@code zoom}, cropped to its
     * ink plus {@code margin}: the gray PNG of a sample.
     */
    public static byte[] rasterized(VerovioPool pool, String svg, double zoom, int margin) throws RenderException {
        RenderedImage raster = pool.rasterize(svg, zoom);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(raster.png()));
        } catch (IOException e) {
            throw new RenderException("cannot decode the rasterised staff: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new RenderException("the rasteriser answered with no readable PNG");
        }
        return GrayPng.encode(crop(image, margin));
    }

    /**
     * @param gray   an 8-bit grayscale (or any) image
     * @param margin paper added on each side of the ink, in pixels
     * @throws RenderException when the image holds no ink at all
     */
    public static BufferedImage crop(BufferedImage image, int margin) throws RenderException {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            gray.createGraphics().drawImage(image, 0, 0, null);
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        Raster r = gray.getRaster();
        int[] row = new int[w];
        int x0 = w;
        int x1 = -1;
        int y0 = h;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                if (row[x] < INK) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = y;
                }
            }
        }
        if (x1 < 0) {
            throw new RenderException("the rasterised staff is blank");
        }
        int cw = x1 - x0 + 1;
        int ch = y1 - y0 + 1;
        BufferedImage out = new BufferedImage(cw + 2 * margin, ch + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        int[] paper = new int[out.getWidth()];
        Arrays.fill(paper, 255);
        for (int y = 0; y < out.getHeight(); y++) {
            o.setSamples(0, y, out.getWidth(), 1, 0, paper);
        }
        int[] ink = new int[cw];
        for (int y = 0; y < ch; y++) {
            r.getSamples(x0, y0 + y, cw, 1, 0, ink);
            o.setSamples(margin, margin + y, cw, 1, 0, ink);
        }
        return out;
    }
}
