package org.scorelab.cli.demo;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.SemanticWriter;
import org.scorelab.render.dataset.SampleEncoder;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.page.ScanDegradation;
import org.scorelab.render.page.SynthesizedPage;
import org.scorelab.render.page.SystemTruth;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Writes the demo's bundled OMR examples from the two public-domain tunes in
 * {@code omr-examples.abc} (O'Neill's, see the folder's README), so the images are made by
 * scorelab's own engraving and page synthesis rather than by hand. Run from the repository root,
 * after {@code mvn -B -q install -DskipTests}:
 *
 * <pre>
 * mvn -B -q -pl scorelab-cli test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.scorelab.cli.demo.OmrExampleGenerator
 * </pre>
 *
 * (an optional argument names another output folder). Needs the Verovio worker. The same tunes,
 * options and seed give the same files.
 */
public final class OmrExampleGenerator {
    /** Where the bundled examples live in the source tree, relative to the repository root. */
    static final Path FOLDER = Path.of("scorelab-cli/src/main/resources/org/scorelab/cli/demo/omr");
    static final String STAFF = "rising-of-the-moon-staff";
    static final String PAGE = "paddy-orafferty-page";
    /** The staff: the first four bars of X:123, drawn as the training staves are (Verovio's defaults). */
    static final int STAFF_TUNE = 123;
    static final int STAFF_MEASURES = 4;
    /** The page: all 40 bars of X:954's tune X:770, ten staves at interline 23.4 px (scale 130). */
    static final int PAGE_TUNE = 770;
    static final RenderOptions PAGE_OPTIONS = new RenderOptions("Leipzig", 130, 0.3, 0.6, 20);
    /** A flatbed scan: turned 0.8 degrees, slightly blurred; no noise, which would triple the PNG. */
    static final ScanDegradation PAGE_SCAN = new ScanDegradation(0.8, 0.5, 0, 0, 7);

    private OmrExampleGenerator() {
    }

    /** The tunes of the bundled ABC file, by X: number. */
    static Tune tune(int number) {
        try (InputStream in = OmrExampleGenerator.class.getResourceAsStream(OmrExamples.FOLDER + "omr-examples.abc")) {
            ReadResult r = new AbcReader().readBytes("omr-examples.abc", in.readAllBytes());
            if (!r.failures().isEmpty()) {
                throw new IllegalStateException("omr-examples.abc did not read: " + r.failures());
            }
            return r.tunes().stream().filter(t -> t.info().number() == number).findFirst()
                    .orElseThrow(() -> new IllegalStateException("omr-examples.abc has no X:" + number));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The staff's music: the opening bars. */
    static Tune staffTune() {
        Tune t = tune(STAFF_TUNE);
        return t.withMeasures(t.measures().subList(0, STAFF_MEASURES));
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : FOLDER;
        Files.createDirectories(out);
        SampleEncoder encoder = SampleEncoder.primus();
        Tune staff = staffTune();
        Tune page = tune(PAGE_TUNE);
        try (VerovioPool pool = new VerovioPool(WorkerSetup.locate(), 1, VerovioWorker.DEFAULT_TIMEOUT)) {
            Files.write(out.resolve(STAFF + ".png"), pool.render(encoder.mei(staff), RenderOptions.DEFAULT).png());
            SynthesizedPage p = new PageSynthesizer(pool).synthesize(page, PAGE_OPTIONS, PageLayout.A4_300_DPI, PAGE_SCAN);
            int drawn = p.truth().systems().stream().mapToInt(s -> s.measures().size()).sum();
            if (drawn != page.measures().size()) {
                throw new IllegalStateException("the page shows " + drawn + " of " + page.measures().size()
                        + " bars; the examples need the whole tune on one page");
            }
            ImageIO.write(sixteenLevels(p.scan()), "png", out.resolve(PAGE + ".png").toFile());
            Files.writeString(out.resolve(PAGE + ".truth.tsv"), p.truth().withImage(PAGE + ".png").format());
            List<SystemTruth> systems = p.truth().systems();
            Files.writeString(out.resolve(STAFF + ".semantic"), encoder.semantic(staff), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(PAGE + ".semantic"), new SemanticWriter().toText(page), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(OmrExamples.INDEX), "# name\tcaption (written by OmrExampleGenerator)\n"
                    + STAFF + "\t" + staff.info().title().strip() + " (O'Neill's 158), bars 1-" + STAFF_MEASURES
                    + ": one staff drawn as the training staves are\n"
                    + PAGE + "\t" + page.info().title().strip() + " (O'Neill's 954): an A4 page at 300 dpi, "
                    + systems.size() + " staves and the title, turned " + PAGE_SCAN.skewDegrees()
                    + " degrees like a scan\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The page with 16 gray levels (multiples of 17), still 8-bit grayscale: deflate packs the few
     * levels to about half the size of the full range, the ink/paper contrast the recognizer reads
     * is untouched, and the file decodes straight to the byte raster the recognizer uses (a 4-bit
     * PNG would be smaller but goes through a slow palette conversion).
     */
    static BufferedImage sixteenLevels(BufferedImage gray) {
        BufferedImage out = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Raster in = gray.getRaster();
        WritableRaster w = out.getRaster();
        int[] row = new int[gray.getWidth()];
        for (int y = 0; y < gray.getHeight(); y++) {
            in.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = (row[x] + 8) / 17 * 17;
            }
            w.setSamples(0, y, row.length, 1, 0, row);
        }
        return out;
    }
}
