package org.scorelab.omr.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorelab.omr.image.StaffCropper;
import org.scorelab.render.page.PageSynthesizer;
import org.scorelab.render.page.ScanDegradation;
import org.scorelab.render.page.SynthesizedPage;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Pages engraved on the spot with random fonts, scales and scans (skew up to 3 degrees, blur,
 * noise, JPEG), checked against Verovio's own ground truth. Skipped without the Verovio worker.
 */
class SynthesizedPagesTest {
    private static VerovioPool pool;

    @BeforeAll
    static void start() throws RenderException {
        WorkerSetup setup = WorkerSetup.locate();
        assumeTrue(setup.isInstalled(), () -> "Verovio worker not installed: " + setup.problem());
        pool = new VerovioPool(setup, 1, VerovioWorker.DEFAULT_TIMEOUT);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close();
        }
    }

    static SynthesizedPage page(long seed) throws RenderException {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        var tune = TestPages.repeated(TestPages.demoTunes().get((int) (seed % 3)), 2 + rng.nextInt(3));
        RenderOptions options = new RenderOptions(RenderOptions.FONTS.get(rng.nextInt(RenderOptions.FONTS.size())),
                90 + rng.nextInt(41), 0.25, 0.6, 20);
        return new PageSynthesizer(pool).synthesize(tune, options, PageLayout.A4_300_DPI, ScanDegradation.random(seed, 3));
    }

    static void check(long seed) throws RenderException {
        SynthesizedPage page = page(seed);
        List<Staff> found = new StaffFinder().find(page.scan());
        StaffFinderTest.assertMatches(found, page.truth(), page.truth().scan().skewDegrees());
        List<BufferedImage> crops = StaffCropper.DEFAULT.cropAll(page.scan(), found);
        assertThat(crops).allSatisfy(c -> assertThat(c.getHeight()).isEqualTo(216));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomScannedPagesMatchTheirTruth(long seed) throws RenderException {
        check(seed);
    }

    @Tag("slow")
    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
    void moreRandomScannedPagesMatchTheirTruth(long seed) throws RenderException {
        check(seed);
    }
}
