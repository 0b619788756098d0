package org.scorelab.render.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CameraDistortionTest {
    /** White paper with five black staff lines 18 px apart, like a clean render. */
    static BufferedImage staff() {
        BufferedImage img = new BufferedImage(600, 180, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 180);
        g.setColor(Color.BLACK);
        for (int i = 0; i < 5; i++) {
            g.fillRect(20, 54 + 18 * i, 560, 2);
        }
        g.fillOval(100, 80, 20, 16);
        g.dispose();
        return img;
    }

    private static byte[] pixels(BufferedImage img) {
        return ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    }

    @Test
    void sameSeedSamePixelsOtherSeedOtherPixels() {
        CameraDistortion d = new CameraDistortion(CameraConfig.DEFAULT);
        BufferedImage a = d.apply(staff(), new SplittableRandom(42));
        BufferedImage b = d.apply(staff(), new SplittableRandom(42));
        BufferedImage c = d.apply(staff(), new SplittableRandom(43));
        assertThat(a.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(pixels(a)).isEqualTo(pixels(b));
        assertThat(pixels(a)).isNotEqualTo(pixels(c));
    }

    @Test
    void drawnParametersStayInTheirRanges() {
        CameraDistortion d = new CameraDistortion(CameraConfig.DEFAULT);
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 500; i++) {
            CameraDistortion.Parameters p = d.draw(rng);
            assertThat(p.rotationDegrees()).isBetween(-3.0, 3.0);
            assertThat(p.blurSigma()).isBetween(0.0, 1.2);
            assertThat(p.shear()).isBetween(-0.03, 0.03);
            assertThat(p.contrast()).isBetween(0.65, 1.0);
            assertThat(p.jpegQuality()).isBetween(0.35, 0.9);
        }
    }

    @Test
    void canvasGrowsToHoldTheTurnedPageAndInkStaysDarkerThanPaper() {
        CameraDistortion d = new CameraDistortion(CameraConfig.DEFAULT);
        for (int seed = 0; seed < 10; seed++) {
            BufferedImage out = d.apply(staff(), new SplittableRandom(seed));
            assertThat(out.getWidth()).isGreaterThanOrEqualTo(600);
            assertThat(out.getHeight()).isGreaterThanOrEqualTo(180).isLessThan(180 + 60);
            int[] hist = new int[256];
            for (byte v : pixels(out)) {
                hist[v & 0xff]++;
            }
            int dark = 0;
            for (int v = 0; v < 100; v++) {
                dark += hist[v];
            }
            assertThat(dark).as("ink pixels survive, seed " + seed).isGreaterThan(1500);
        }
    }

    @Test
    void zeroDistortionIsAlmostTheIdentity() {
        Range zero = Range.fixed(0);
        CameraConfig none = new CameraConfig(zero, zero, zero, zero, zero, zero, zero, zero, Range.fixed(1), zero,
                Range.fixed(1));
        BufferedImage in = staff();
        BufferedImage out = new CameraDistortion(none).apply(in, new SplittableRandom(5));
        assertThat(out.getWidth()).isEqualTo(600);
        assertThat(out.getHeight()).isEqualTo(180);
        byte[] a = pixels(in);
        byte[] b = pixels(out);
        long worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs((a[i] & 0xff) - (b[i] & 0xff)));
        }
        assertThat(worst).isLessThan(40);
    }

    @Test
    void rotationTiltsAStaffLineByThatAngle() {
        Range zero = Range.fixed(0);
        CameraConfig turn = new CameraConfig(zero, Range.fixed(2.0), zero, zero, zero, zero, zero, zero,
                Range.fixed(1), zero, Range.fixed(1));
        BufferedImage out = new CameraDistortion(turn).apply(staff(), new SplittableRandom(5));
        double left = darkCentre(out, out.getWidth() / 2 - 200);
        double right = darkCentre(out, out.getWidth() / 2 + 200);
        double degrees = Math.toDegrees(Math.atan2(right - left, 400));
        assertThat(degrees).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.3));
    }

    /** Mean row of the dark pixels of the top staff line in one column. */
    private static double darkCentre(BufferedImage img, int x) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            if (img.getRaster().getSample(x, y, 0) < 128) {
                if (n > 0 && y - sum / n > 6) {
                    break;
                }
                sum += y;
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void homographyMapsTheCornersItWasBuiltFrom() {
        double[][] from = {{0, 0}, {10, 0}, {10, 5}, {0, 5}};
        double[][] to = {{1, 2}, {12, 1}, {11, 8}, {0, 6}};
        double[] m = CameraDistortion.homography(from, to);
        for (int i = 0; i < 4; i++) {
            double d = m[6] * from[i][0] + m[7] * from[i][1] + 1;
            assertThat((m[0] * from[i][0] + m[1] * from[i][1] + m[2]) / d).isCloseTo(to[i][0], org.assertj.core.data.Offset.offset(1e-9));
            assertThat((m[3] * from[i][0] + m[4] * from[i][1] + m[5]) / d).isCloseTo(to[i][1], org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void rangesAreValidatedByName() {
        assertThatThrownBy(() -> new Range(2, 1)).hasMessage("range must be finite with min <= max, was 2.0..1.0");
        Range zero = Range.fixed(0);
        assertThatThrownBy(() -> new CameraConfig(zero, Range.of(-20, 20), zero, zero, zero, zero, zero, zero,
                Range.fixed(1), zero, Range.fixed(1)))
                .hasMessage("rotationDegrees must lie within -10.0..10.0, was -20.0..20.0");
        assertThatThrownBy(() -> new CameraConfig(zero, zero, zero, zero, zero, zero, zero, zero,
                Range.fixed(1), zero, Range.fixed(0)))
                .hasMessageStartingWith("jpegQuality must lie within 0.05..1.0");
    }
}
