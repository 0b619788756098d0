package org.scorelab.omr.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorelab.render.page.PageTruth;
import org.scorelab.render.page.ScanDegradation;
import org.scorelab.render.page.SystemTruth;

class StaffFinderTest {
    private final StaffFinder finder = new StaffFinder();

    /**
     * Every staff matches its system in the ground truth: the five lines within a fifth of an
     * interline, the ends within two thirds of one, and the skew within 0.2 degrees.
     */
    static void assertMatches(List<Staff> found, PageTruth truth, double skew) {
        assertThat(found).hasSameSizeAs(truth.systems());
        for (int i = 0; i < found.size(); i++) {
            Staff s = found.get(i);
            SystemTruth t = truth.systems().get(i);
            double il = t.interline();
            assertThat(s.interline()).as("staff %d interline", i).isCloseTo(il, within(0.05 * il));
            for (int k = 0; k < 5; k++) {
                assertThat(s.lines().get(k)).as("staff %d line %d", i, k).isCloseTo(t.lines().get(k), within(0.2 * il));
            }
            assertThat(s.left()).as("staff %d left", i).isCloseTo(t.left(), within(0.67 * il));
            assertThat(s.right()).as("staff %d right", i).isCloseTo(t.right(), within(0.67 * il));
            assertThat(s.skewDegrees()).as("staff %d skew", i).isCloseTo(skew, within(0.2));
        }
    }

    @Test
    void cleanPageGivesItsElevenStavesInReadingOrder() {
        PageTruth truth = TestPages.truth(TestPages.CLEAN);
        List<Staff> found = finder.find(TestPages.image(TestPages.CLEAN));
        assertThat(found).hasSize(11);
        assertMatches(found, truth, 0);
        assertThat(found.get(0).lineThickness()).isBetween(1.0, 3.0);
    }

    @Test
    void skewedBlurredScanGivesItsNineStavesAndTheSkew() {
        PageTruth truth = TestPages.truth(TestPages.SCAN);
        assertThat(truth.scan().skewDegrees()).isEqualTo(-1.7);
        List<Staff> found = finder.find(TestPages.image(TestPages.SCAN));
        assertThat(found).hasSize(9);
        assertMatches(found, truth, -1.7);
    }

    @Test
    void noiseAndJpegOnTopOfTheScanChangeNothing() {
        PageTruth truth = TestPages.truth(TestPages.SCAN);
        BufferedImage noisy = new ScanDegradation(0, 0, 10, 0.6, 5).apply(TestPages.image(TestPages.SCAN));
        assertMatches(finder.find(noisy), truth, -1.7);
    }

    @ParameterizedTest
    @CsvSource({"3.0, 0.0, 0, 0", "-3.0, 0.8, 8, 0.7", "0.55, 1.0, 6, 0.5", "-0.1, 0, 0, 0.9"})
    void skewUpToThreeDegreesWithBlurNoiseAndJpeg(double skew, double blur, double noise, double jpeg) {
        PageTruth truth = TestPages.truth(TestPages.CLEAN);
        BufferedImage scan = new ScanDegradation(skew, blur, noise, jpeg, 17).apply(TestPages.image(TestPages.CLEAN));
        assertMatches(finder.find(scan), truth, skew);
    }

    @Test
    void primusLikeSingleStaffIsOneStaffAtInterlineEighteen() {
        List<Staff> found = finder.find(TestPages.staff());
        assertThat(found).hasSize(1);
        Staff s = found.get(0);
        assertThat(s.interline()).isCloseTo(18.0, within(0.3));
        assertThat(s.skewDegrees()).isCloseTo(0.0, within(0.1));
        assertThat(s.right() - s.left()).isGreaterThan(0.9 * TestPages.staff().getWidth() - 40);
    }

    @Test
    void darkScannerBorderAroundThePageIsNotAStaff() {
        BufferedImage page = TestPages.image(TestPages.CLEAN);
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage framed = new BufferedImage(w + 200, h + 160, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = framed.createGraphics();
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, 0, w + 200, h + 160);
        g.drawImage(page, 120, 90, null);
        g.dispose();
        List<Staff> found = finder.find(framed);
        PageTruth truth = TestPages.truth(TestPages.CLEAN);
        assertThat(found).hasSize(11);
        for (int i = 0; i < found.size(); i++) {
            assertThat(found.get(i).top()).isCloseTo(truth.systems().get(i).lines().get(0) + 90, within(4.0));
            assertThat(found.get(i).left()).isCloseTo(truth.systems().get(i).left() + 120, within(14.0));
        }
    }

    @Test
    void smallerScanResolutionGivesTheSameStavesAtASmallerInterline() {
        BufferedImage page = TestPages.image(TestPages.CLEAN);
        int w = page.getWidth() * 2 / 3;
        int h = page.getHeight() * 2 / 3;
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        List<Staff> found = finder.find(small);
        assertThat(found).hasSize(11);
        double il = TestPages.truth(TestPages.CLEAN).systems().get(0).interline() * w / page.getWidth();
        assertThat(found).allSatisfy(s -> assertThat(s.interline()).isCloseTo(il, within(0.05 * il)));
    }

    @Test
    void blankPagesAreEmptyNotErrors() {
        assertThat(finder.find(filled(2480, 3508, 255))).isEmpty();
        assertThat(finder.find(filled(800, 600, 0))).isEmpty();
        assertThat(finder.find(new ScanDegradation(0, 0, 20, 0, 3).apply(filled(1000, 1400, 200)))).isEmpty();
    }

    @Test
    void tinyImagesAreEmptyNotErrors() {
        assertThat(finder.find(filled(1, 1, 0))).isEmpty();
        assertThat(finder.find(filled(15, 400, 0))).isEmpty();
        BufferedImage dots = filled(30, 30, 255);
        dots.getRaster().setSample(10, 10, 0, 0);
        assertThat(finder.find(dots)).isEmpty();
    }

    @Test
    void aTinyDrawnStaffIsStillAStaff() {
        BufferedImage stripes = filled(40, 40, 255);
        for (int y = 10; y < 35; y += 5) {
            for (int x = 3; x < 37; x++) {
                stripes.getRaster().setSample(x, y, 0, 0);
            }
        }
        List<Staff> found = finder.find(stripes);
        assertThat(found).hasSize(1);
        for (int k = 0; k < 5; k++) {
            assertThat(found.get(0).lines().get(k)).isCloseTo(10.5 + 5 * k, within(0.05));
        }
        assertThat(found.get(0).left()).isEqualTo(3.0);
        assertThat(found.get(0).right()).isEqualTo(37.0);
    }

    @Test
    void textOnlyPageIsEmpty() {
        BufferedImage page = TestPages.image(TestPages.CLEAN);
        double first = TestPages.truth(TestPages.CLEAN).systems().get(0).lines().get(0);
        int band = (int) (first - 4 * 21.6);
        BufferedImage text = filled(page.getWidth(), page.getHeight(), 255);
        for (int copy = 0; copy * band < text.getHeight() - band; copy++) {
            text.getRaster().setRect(0, copy * band, page.getRaster().createChild(0, 0, page.getWidth(), band, 0, 0, null));
        }
        assertThat(finder.find(text)).isEmpty();
    }

    @Test
    void weakPeaksBetweenTheLinesDoNotTakeTheStaffsPlace() {
        // the profile of a staff of whole and half notes (interline 18): the note outlines make five
        // weak peaks half an interline off the lines, the first above the staff
        List<StaffFinder.Peak> peaks = List.of(new StaffFinder.Peak(57.1, 73), new StaffFinder.Peak(65.0, 1909),
                new StaffFinder.Peak(73.3, 100), new StaffFinder.Peak(83.0, 1893), new StaffFinder.Peak(91.8, 64),
                new StaffFinder.Peak(101.0, 1889), new StaffFinder.Peak(110.6, 91), new StaffFinder.Peak(119.0, 1895),
                new StaffFinder.Peak(126.4, 77), new StaffFinder.Peak(137.0, 1961));
        List<double[]> staves = StaffFinder.group(peaks, 18.0);
        assertThat(staves).hasSize(1);
        assertThat(staves.get(0)).containsExactly(65.0, 83.0, 101.0, 119.0, 137.0);
        // two staves are still both found, top to bottom
        List<StaffFinder.Peak> two = new java.util.ArrayList<>(peaks);
        for (int k = 0; k < 5; k++) {
            two.add(new StaffFinder.Peak(300 + 18 * k, 900));
        }
        assertThat(StaffFinder.group(two, 18.0)).extracting(l -> l[0]).containsExactly(65.0, 300.0);
    }

    @Test
    void rejectsAPixelArrayOfTheWrongSize() {
        assertThatThrownBy(() -> finder.find(new byte[10], 4, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 4x4 = 16 pixels, got 10");
        assertThatThrownBy(() -> new StaffFinder(20))
                .hasMessage("maxSkewDegrees must be in 0..15, was 20.0");
    }

    @Test
    void staffMapsDeskewedPointsBackToTheImage() {
        Staff s = new Staff(List.of(100.0, 110.0, 120.0, 130.0, 140.0), 50, 950, 2, 2.0, 500, 400);
        assertThat(s.interline()).isEqualTo(10.0);
        assertThat(s.imageX(500, 400)).isEqualTo(500.0);
        assertThat(s.imageY(500, 400)).isEqualTo(400.0);
        assertThat(s.imageY(600, 400)).isCloseTo(400 + 100 * Math.sin(Math.toRadians(2)), within(1e-9));
        assertThatThrownBy(() -> new Staff(List.of(1.0, 2.0, 3.0, 4.0), 0, 1, 1, 0, 0, 0))
                .hasMessage("a staff has 5 lines, got 4");
    }

    static BufferedImage filled(int w, int h, int level) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = GrayPixels.of(img);
        java.util.Arrays.fill(px, (byte) level);
        return img;
    }
}
