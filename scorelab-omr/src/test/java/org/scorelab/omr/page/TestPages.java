package org.scorelab.omr.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.mei.MeiWriter;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Tune;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.page.PageTruth;
import org.scorelab.render.page.ScanDegradation;
import org.scorelab.render.page.SynthesizedPage;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * The test pages: the public-domain demo tunes engraved as A4 pages at 300 dpi, and the two
 * stored under {@code src/test/resources/org/scorelab/omr/page} with their ground truth. Run
 * {@link #main} from the module folder to write the stored ones again (needs the Verovio worker).
 */
public final class TestPages {
    /** A clean page of eleven staves: "The Little Heathy Hill" four times over, scale 120. */
    public static final String CLEAN = "heathy-hill-clean";
    /** A scanned page: "The Fun at Donnybrook" six times over in Bravura at
     * scale 100 (interline 18 px), turned -1.7 degrees and blurred; tests add noise and JPEG on top
     * (stored noise would make the PNG ten times larger). */
    public static final String SCAN = "donnybrook-scan";
    /** One staff as the training images are drawn: Verovio's defaults at scale 100 (interline 18 px). */
    public static final String STAFF = "primus-like-staff";
    static final String FOLDER = "/org/scorelab/omr/page/";

    private TestPages() {
    }

    /** The three demo tunes in file order. */
    public static List<Tune> demoTunes() {
        try (InputStream in = TestPages.class.getResourceAsStream(FOLDER + "oneills-demo.abc")) {
            ReadResult r = new AbcReader().readBytes("oneills-demo.abc", in.readAllBytes());
            if (!r.failures().isEmpty() || r.tunes().size() != 3) {
                throw new IllegalStateException("demo tunes did not read: " + r.failures());
            }
            return r.tunes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tune played {@code times} times over: a longer piece that fills a page. */
    public static Tune repeated(Tune tune, int times) {
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            measures.addAll(tune.measures());
        }
        return tune.withMeasures(measures);
    }

    /** A stored page image. */
    public static BufferedImage image(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream(FOLDER + name + ".png")) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored page's raw PNG bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream(FOLDER + name + ".png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored page's ground truth. */
    public static PageTruth truth(String name) {
        try (InputStream in = TestPages.class.getResourceAsStream(FOLDER + name + ".truth.tsv")) {
            return PageTruth.parse(name + ".truth.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The stored single staff. */
    public static BufferedImage staff() {
        return image(STAFF);
    }

    static SynthesizedPage clean(PageSynthesizer s) throws Exception {
        return s.synthesize(repeated(demoTunes().get(0), 4), new RenderOptions("Leipzig", 120, 0.25, 0.6, 20),
                PageLayout.A4_300_DPI, ScanDegradation.NONE);
    }

    static SynthesizedPage scan(PageSynthesizer s) throws Exception {
        return s.synthesize(repeated(demoTunes().get(2), 6), new RenderOptions("Bravura", 100, 0.25, 0.6, 20),
                PageLayout.A4_300_DPI, new ScanDegradation(-1.7, 0.7, 0, 0, 11));
    }

    /** Writes the stored pages into {@code src/test/resources} (run from the module folder). */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/scorelab/omr/page");
        try (VerovioPool pool = new VerovioPool(WorkerSetup.locate(), 1, VerovioWorker.DEFAULT_TIMEOUT)) {
            PageSynthesizer s = new PageSynthesizer(pool);
            write(out, CLEAN, clean(s));
            write(out, SCAN, scan(s));
            try (VerovioWorker w = new VerovioWorker(WorkerSetup.locate())) {
                Files.write(out.resolve(STAFF + ".png"), w.render(new MeiWriter().toXml(
                        demoTunes().get(1).withMeasures(demoTunes().get(1).measures().subList(0, 4))),
                        RenderOptions.DEFAULT).png());
            }
        }
    }

    private static void write(Path folder, String name, SynthesizedPage page) throws IOException {
        Files.createDirectories(folder);
        ImageIO.write(page.scan(), "png", folder.resolve(name + ".png").toFile());
        Files.writeString(folder.resolve(name + ".truth.tsv"), page.truth().withImage(name + ".png").format());
    }
}
