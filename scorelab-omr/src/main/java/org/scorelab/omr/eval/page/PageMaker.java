package org.scorelab.omr.eval.page;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.scorelab.core.model.Tune;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.page.ScanDegradation;
import org.scorelab.render.page.SynthesizedPage;
import org.scorelab.render.page.SystemTruth;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;

/**
 * Engraves a tune as a scanned page to evaluate: an A4 page at 300 dpi with the title, a random
 * music font and scale (90-130, an interline of 16-23 px), a random scan
 * ({@link ScanDegradation#random}: skew up to {@code maxSkewDegrees}, blur, noise), saved as a
 * lossless PNG or as a JPEG of the scan's drawn quality. Everything is drawn from the seed.
 *
 * @param synthesizer    engraves pages (its Verovio pool stays the caller's)
 * @param jpeg           JPEG files instead of PNG
 * @param maxSkewDegrees the largest skew, in 0..10 degrees
 */
public record PageMaker(PageSynthesizer synthesizer, boolean jpeg, double maxSkewDegrees) {

    public PageMaker {
        if (synthesizer == null) {
            throw new IllegalArgumentException("synthesizer must not be null");
        }
        if (!(maxSkewDegrees >= 0 && maxSkewDegrees <= 10)) {
            throw new IllegalArgumentException("maxSkewDegrees must be in 0..10, was " + maxSkewDegrees);
        }
    }

    /**
     * A page made from a tune, or the measures it could not hold.
     *
     * @param page            the page; its reference is the measures on it
     * @param measuresOnPage  measures engraved on the first page
     * @param measuresInTune  measures of the tune: more than on the page when it does not fit
     */
    public record Made(PageCase page, int measuresOnPage, int measuresInTune) {
        /** Whether the whole tune is on the page. */
        public boolean whole() {
            return measuresOnPage == measuresInTune;
        }
    }

    /**
     * Engraves, degrades and encodes one page.
     *
     * @param name  the page's name
     * @param id    where the tune comes from, for the report
     * @throws RenderException          when Verovio fails
     * @throws IllegalArgumentException when the tune cannot be written as semantic tokens
     */
    public Made make(String name, String id, Tune tune, long seed) throws RenderException {
        SplittableRandom rng = new SplittableRandom(seed);
        RenderOptions options = new RenderOptions(RenderOptions.FONTS.get(rng.nextInt(RenderOptions.FONTS.size())),
                90 + rng.nextInt(41), 0.25, 0.6, 20);
        ScanDegradation drawn = ScanDegradation.random(rng.nextLong(), maxSkewDegrees);
        ScanDegradation lossless = new ScanDegradation(drawn.skewDegrees(), drawn.blurSigma(), drawn.noiseSigma(), 0,
                drawn.seed());
        SynthesizedPage page = synthesizer.synthesize(tune, options, PageLayout.A4_300_DPI, lossless);
        List<List<String>> systems = new ArrayList<>();
        int onPage = 0;
        for (SystemTruth s : page.truth().systems()) {
            if (s.measures().isEmpty()) {
                continue;
            }
            systems.add(TuneTokens.system(tune, s.measures()));
            onPage = Math.max(onPage, s.measures().get(s.measures().size() - 1));
        }
        if (onPage == 0) {
            throw new RenderException("Verovio drew no measure of " + id + " on the page");
        }
        List<String> reference = TuneTokens.whole(TuneTokens.firstMeasures(tune, onPage));
        byte[] file = jpeg ? jpeg(page.scan(), drawn.jpegQuality()) : png(page.scan());
        ScanDegradation applied = jpeg ? drawn : lossless;
        return new Made(new PageCase(name, jpeg ? "jpg" : "png", file, id, page.truth().title(), applied, reference,
                systems), onPage, tune.measures().size());
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding in memory failed", e);
        }
    }

    private static byte[] jpeg(BufferedImage image, double quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((float) quality);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
    }
}
