package org.scorelab.render.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.scorelab.core.mei.MeiWriter;
import org.scorelab.core.model.Tune;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.RenderedPage;
import org.scorelab.render.verovio.VerovioPool;

/**
 * Engraves a tune as a page and degrades it like a scan. The ground truth of each system comes
 * from Verovio itself (the measures and the staff lines it drew), so it does not depend on any
 * recognizer under test.
 */
public final class PageSynthesizer {
    private final VerovioPool pool;
    private final MeiWriter mei = new MeiWriter();

    /** Renders on the given pool's workers; the pool stays the caller's to close. */
    public PageSynthesizer(VerovioPool pool) {
        if (pool == null) {
            throw new IllegalArgumentException("pool must not be null");
        }
        this.pool = pool;
    }

    /**
     * The first page of the tune.
     *
     * @param options font, scale (100: an interline of 18 px) and spacing
     * @param layout  paper size, margins and title
     * @param scan    the degradation, {@link ScanDegradation#NONE} for a clean page
     * @throws RenderException when Verovio fails or answers with an unreadable image
     */
    public SynthesizedPage synthesize(Tune tune, RenderOptions options, PageLayout layout, ScanDegradation scan)
            throws RenderException {
        RenderedPage page = pool.renderPage(mei.toXml(tune), options, layout, 1);
        BufferedImage clean = fit(decode(page.image().png()), layout.width(), layout.height());
        List<SystemTruth> systems = new ArrayList<>();
        for (RenderedPage.SystemLayout s : page.systems()) {
            if (s.staves().isEmpty()) {
                continue;
            }
            List<Integer> measures = new ArrayList<>();
            for (String n : s.measures()) {
                try {
                    measures.add(Integer.parseInt(n));
                } catch (NumberFormatException e) {
                    throw new RenderException("Verovio numbered a measure '" + n + "', expected the MEI writer's 1, 2, ...", e);
                }
            }
            RenderedPage.StaffLayout staff = s.staves().get(0);
            systems.add(new SystemTruth(measures, staff.lines(), staff.left(), staff.right()));
        }
        BufferedImage scanned = scan.equals(ScanDegradation.NONE) ? clean : scan.apply(clean);
        PageTruth truth = new PageTruth("page.png", clean.getWidth(), clean.getHeight(),
                tune.info().title().replace('\t', ' ').replace('\n', ' '), scan, systems);
        return new SynthesizedPage(clean, scanned, truth);
    }

    /** The page at exactly the layout's size: Verovio's rounding may leave it a pixel off. */
    private static BufferedImage fit(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] white = new byte[width];
        Arrays.fill(white, (byte) 255);
        for (int y = 0; y < height; y++) {
            out.getRaster().setDataElements(0, y, width, 1, white);
        }
        int w = Math.min(width, image.getWidth());
        int h = Math.min(height, image.getHeight());
        out.getRaster().setRect(image.getRaster().createChild(0, 0, w, h, 0, 0, null));
        return out;
    }

    private static BufferedImage decode(byte[] png) throws RenderException {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null || image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
                throw new RenderException("the Verovio worker's page is not an 8-bit grayscale PNG");
            }
            return image;
        } catch (IOException e) {
            throw new RenderException("cannot decode the Verovio worker's page: " + e.getMessage(), e);
        }
    }
}
