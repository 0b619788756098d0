package org.scorelab.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Tune;
import org.scorelab.render.verovio.PageLayout;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.VerovioWorker;
import org.scorelab.render.verovio.WorkerAssumptions;

class PageSynthesizerTest {
    private static VerovioPool pool;
    private static PageSynthesizer synthesizer;

    @BeforeAll
    static void start() throws RenderException {
        pool = new VerovioPool(WorkerAssumptions.installedSetup(), 1, VerovioWorker.DEFAULT_TIMEOUT);
        synthesizer = new PageSynthesizer(pool);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close();
        }
    }

    private static int darkest(BufferedImage img, int x0, int y0, int x1, int y1) {
        int min = 255;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
                min = Math.min(min, img.getRaster().getSample(x, y, 0));
            }
        }
        return min;
    }

    @Test
    void a4PageHoldsEveryMeasureOnceInOrderWithTheTitleAbove() throws Exception {
        Tune tune = DemoTunes.repeated(DemoTunes.all().get(0), 2);
        SynthesizedPage page = synthesizer.synthesize(tune, RenderOptions.DEFAULT, PageLayout.A4_300_DPI,
                ScanDegradation.NONE);
        assertThat(page.clean().getWidth()).isEqualTo(2480);
        assertThat(page.clean().getHeight()).isEqualTo(3508);
        assertThat(page.scan()).isSameAs(page.clean());
        PageTruth truth = page.truth();
        assertThat(truth.title()).isEqualTo("The Little Heathy Hill");
        assertThat(truth.systems()).hasSizeGreaterThanOrEqualTo(4);
        List<Integer> all = new ArrayList<>();
        for (SystemTruth s : truth.systems()) {
            assertThat(s.interline()).isCloseTo(18.0, within(0.01));
            assertThat(s.left()).isCloseTo(177.0, within(1.0));
            assertThat(s.right()).isLessThanOrEqualTo(2480 - 176.0);
            all.addAll(s.measures());
            // Each staff line is ink where the truth puts it, across the staff.
            for (double y : s.lines()) {
                for (double x = s.left() + 5; x < s.right() - 5; x += (s.right() - s.left()) / 7) {
                    assertThat(darkest(page.clean(), (int) x, (int) Math.floor(y - 1), (int) x + 1, (int) Math.ceil(y + 1)))
                            .as("line at %.1f, x %.0f", y, x).isLessThan(128);
                }
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= tune.measures().size(); i++) {
            expected.add(i);
        }
        assertThat(all).isEqualTo(expected);
        double firstLine = truth.systems().get(0).lines().get(0);
        // Margins are paper (Verovio sets the title and measure numbers partly into the margins).
        assertThat(darkest(page.clean(), 0, 0, 2480, 100)).isEqualTo(255);
        assertThat(darkest(page.clean(), 0, 0, 120, 3508)).isEqualTo(255);
        assertThat(darkest(page.clean(), 2480 - 120, 0, 2480, 3508)).isEqualTo(255);
        assertThat(darkest(page.clean(), 0, 3508 - 150, 2480, 3508)).isEqualTo(255);
        // The title is drawn when the machine has a font for it.
        assumeTrue(Files.isDirectory(Path.of("/usr/share/fonts")), "no system fonts: the title is not drawn");
        assertThat(darkest(page.clean(), 800, 100, 1680, (int) firstLine - 60)).isLessThan(100);
    }

    @Test
    void scanIsTheCleanPageTurnedAboutItsCentre() throws Exception {
        Tune tune = DemoTunes.all().get(1);
        ScanDegradation turn = new ScanDegradation(2.5, 0.5, 4, 0.8, 3);
        SynthesizedPage page = synthesizer.synthesize(tune, new RenderOptions("Bravura", 110, 0.25, 0.6, 20),
                PageLayout.A4_300_DPI, turn);
        assertThat(page.truth().scan()).isEqualTo(turn);
        SystemTruth s = page.truth().systems().get(0);
        double y = s.lines().get(2);
        for (double x = s.left() + 20; x < s.right() - 20; x += 150) {
            double sx = turn.toScanX(x, y, 2480, 3508);
            double sy = turn.toScanY(x, y, 2480, 3508);
            assertThat(darkest(page.scan(), (int) sx - 1, (int) sy - 2, (int) sx + 2, (int) sy + 3))
                    .as("turned line at x %.0f", x).isLessThan(160);
        }
    }
}
