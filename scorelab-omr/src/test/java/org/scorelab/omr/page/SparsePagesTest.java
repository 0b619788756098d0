package org.scorelab.omr.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorelab.core.model.Tune;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.page.PageTruth;
import org.scorelab.render.page.ScanDegradation;
import org.scorelab.render.page.SynthesizedPage;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Whole pages that hold only one or two systems: the music is about half a percent of the
 * paper, so any measure taken as a share of the page (rather than of the ink or the interline)
 * goes wrong on them. The ink level once was the darkest percent of the page, which on such
 * pages fell in the paper's noise: they read as blank and no staff was found.
 */
class SparsePagesTest {
    private static VerovioPool pool;
    private final StaffFinder finder = new StaffFinder();

    @BeforeAll
    static void start() throws RenderException {
        WorkerSetup setup = WorkerSetup.locate();
        if (setup.isInstalled()) {
            pool = new VerovioPool(setup, 1, VerovioWorker.DEFAULT_TIMEOUT);
        }
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close();
        }
    }

    /**
     * The stored clean page with everything below its first {@code systems} systems painted
     * white: the title and one or two staves on an A4 page, scanned as asked.
     */
    @ParameterizedTest
    @CsvSource({
        "1, 2.0, 0.7, 4, 0", "1, -2.0, 0.7, 4, 0", "1, 3.0, 1.0, 8, 0", "1, -3.0, 0.5, 12, 0",
        "2, 2.0, 0.7, 4, 0", "2, -2.0, 1.2, 6, 0", "2, 3.0, 0.7, 4, 0", "2, -3.0, 0.9, 10, 0",
        "2, -1.4, 0.8, 5, 0.55"})
    void storedPageCutToOneOrTwoSystemsGivesThoseStaves(int systems, double skew, double blur, double noise,
                                                        double jpeg) {
        PageTruth full = TestPages.truth(TestPages.CLEAN);
        BufferedImage clean = keepSystems(TestPages.image(TestPages.CLEAN), full, systems);
        assertThat(inkShare(clean)).as("share of the page that is ink").isLessThan(0.015);
        PageTruth truth = new PageTruth(full.image(), full.width(), full.height(), full.title(), full.scan(),
                full.systems().subList(0, systems));
        BufferedImage scan = new ScanDegradation(skew, blur, noise, jpeg, 23).apply(clean);
        StaffFinderTest.assertMatches(finder.find(scan), truth, skew);
    }

    /**
     * Engraved on the spot like the page evaluator's pages: a title and one or two systems, the
     * second one often a single measure long.
     */
    @ParameterizedTest
    @CsvSource({
        "0, 4, 105, 1, 2.0", "0, 4, 105, 1, -3.0", "2, 6, 105, 1, -2.0", "2, 6, 105, 1, 3.0",
        "0, 9, 90, 2, -2.0", "0, 9, 90, 2, 3.0", "1, 7, 90, 2, 2.0", "1, 7, 90, 2, -3.0"})
    void engravedPageOfOneOrTwoSystemsGivesThoseStaves(int tune, int measures, int scale, int systems, double skew)
            throws RenderException {
        assumeTrue(pool != null, "Verovio worker not installed");
        Tune t = TestPages.demoTunes().get(tune);
        SynthesizedPage page = new PageSynthesizer(pool).synthesize(t.withMeasures(t.measures().subList(0, measures)),
                new RenderOptions("Bravura", scale, 0.25, 0.6, 20), PageLayout.A4_300_DPI,
                new ScanDegradation(skew, 0.8, 6, 0, measures));
        assertThat(page.truth().systems()).as("systems engraved").hasSize(systems);
        assertThat(inkShare(page.clean())).as("share of the page that is ink").isLessThan(0.015);
        StaffFinderTest.assertMatches(finder.find(page.scan()), page.truth(), skew);
    }

    /**
     * The ink level is measured on the ink, whatever share of the page it covers: a small black
     * patch on noisy paper is as black as a page full of it, and noise alone is no ink.
     */
    @Test
    void inkLevelDoesNotDependOnHowMuchOfThePageIsInk() {
        for (int side : new int[] {40, 120, 400}) {
            BufferedImage page = StaffFinderTest.filled(2000, 2800, 250);
            for (int y = 1000; y < 1000 + side; y++) {
                for (int x = 600; x < 600 + side; x++) {
                    page.getRaster().setSample(x, y, 0, 0);
                }
            }
            BufferedImage scan = new ScanDegradation(0, 0, 10, 0, 5).apply(page);
            StaffFinder.Levels levels = StaffFinder.Levels.of(GrayPixels.of(scan));
            assertThat(levels).as("patch of %d px", side).isNotNull();
            assertThat(levels.paper()).isGreaterThanOrEqualTo(248);
            assertThat(levels.ink()).as("patch of %d px", side).isLessThan(20);
        }
        BufferedImage noise = new ScanDegradation(0, 0, 12, 0, 5).apply(StaffFinderTest.filled(2000, 2800, 250));
        assertThat(StaffFinder.Levels.of(GrayPixels.of(noise))).isNull();
    }

    private static BufferedImage keepSystems(BufferedImage page, PageTruth truth, int systems) {
        List<Double> last = truth.systems().get(systems - 1).lines();
        List<Double> next = truth.systems().get(systems).lines();
        int cut = (int) Math.round((last.get(4) + next.get(0)) / 2);
        BufferedImage out = StaffFinderTest.filled(page.getWidth(), page.getHeight(), 255);
        out.getRaster().setRect(page.getRaster().createChild(0, 0, page.getWidth(), cut, 0, 0, null));
        return out;
    }

    private static double inkShare(BufferedImage image) {
        byte[] px = GrayPixels.of(image);
        long dark = 0;
        for (byte b : px) {
            dark += (b & 0xff) < 128 ? 1 : 0;
        }
        return dark / (double) px.length;
    }
}
