package org.scorelab.render.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScanDegradationTest {
    private static BufferedImage paperWithDot(int w, int h, int dx, int dy) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Arrays.fill(px, (byte) 255);
        for (int y = dy - 2; y <= dy + 2; y++) {
            for (int x = dx - 2; x <= dx + 2; x++) {
                px[y * w + x] = 0;
            }
        }
        return img;
    }

    /** The centre of the dark pixels, in continuous coordinates. */
    private static double[] darkCentre(BufferedImage img) {
        double sx = 0;
        double sy = 0;
        double n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                double ink = 255 - img.getRaster().getSample(x, y, 0);
                sx += ink * (x + 0.5);
                sy += ink * (y + 0.5);
                n += ink;
            }
        }
        return new double[] {sx / n, sy / n};
    }

    @Test
    void aPointOfTheCleanPageLandsWhereToScanSays() {
        BufferedImage clean = paperWithDot(400, 300, 350, 60);
        ScanDegradation turn = new ScanDegradation(3.0, 0, 0, 0, 1);
        double[] c = darkCentre(turn.apply(clean));
        assertThat(c[0]).isCloseTo(turn.toScanX(350.5, 60.5, 400, 300), within(0.2));
        assertThat(c[1]).isCloseTo(turn.toScanY(350.5, 60.5, 400, 300), within(0.2));
        // Positive skew: right of the centre goes down the page.
        assertThat(turn.toScanY(350.5, 150, 400, 300)).isGreaterThan(150 + 150 * Math.sin(Math.toRadians(3)) - 1e-9);
    }

    @Test
    void sameSeedSameBytesAndNoneLeavesThePage() {
        BufferedImage clean = paperWithDot(200, 100, 100, 50);
        ScanDegradation d = new ScanDegradation(-1.2, 0.8, 9, 0.7, 42);
        byte[] a = ((DataBufferByte) d.apply(clean).getRaster().getDataBuffer()).getData();
        byte[] b = ((DataBufferByte) d.apply(clean).getRaster().getDataBuffer()).getData();
        assertThat(a).isEqualTo(b);
        byte[] none = ((DataBufferByte) ScanDegradation.NONE.apply(clean).getRaster().getDataBuffer()).getData();
        assertThat(none).isEqualTo(((DataBufferByte) clean.getRaster().getDataBuffer()).getData());
    }

    @Test
    void noiseHasRoughlyTheAskedSpread() {
        BufferedImage gray = new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((DataBufferByte) gray.getRaster().getDataBuffer()).getData(), (byte) 128);
        byte[] px = ((DataBufferByte) new ScanDegradation(0, 0, 10, 0, 3).apply(gray).getRaster().getDataBuffer()).getData();
        double sum = 0;
        double sq = 0;
        for (byte p : px) {
            sum += p & 0xff;
            sq += (p & 0xff) * (p & 0xff);
        }
        double mean = sum / px.length;
        assertThat(mean).isCloseTo(128, within(0.5));
        assertThat(Math.sqrt(sq / px.length - mean * mean)).isCloseTo(10, within(0.5));
    }

    @Test
    void randomScansStayInTheirRanges() {
        for (long seed = 0; seed < 50; seed++) {
            ScanDegradation d = ScanDegradation.random(seed, 3);
            assertThat(Math.abs(d.skewDegrees())).isLessThanOrEqualTo(3);
            assertThat(d.jpegQuality()).isBetween(0.5, 0.95);
        }
        assertThat(ScanDegradation.random(7, 3)).isEqualTo(ScanDegradation.random(7, 3));
    }

    @Test
    void rejectsOutOfRangeSettingsByName() {
        assertThatThrownBy(() -> new ScanDegradation(12, 0, 0, 0, 0)).hasMessage("skewDegrees must be in -10..10, was 12.0");
        assertThatThrownBy(() -> new ScanDegradation(0, -1, 0, 0, 0)).hasMessage("blurSigma must be in 0..5 px, was -1.0");
        assertThatThrownBy(() -> new ScanDegradation(0, 0, 100, 0, 0))
                .hasMessage("noiseSigma must be in 0..64 gray levels, was 100.0");
        assertThatThrownBy(() -> new ScanDegradation(0, 0, 0, 0.01, 0))
                .hasMessage("jpegQuality must be 0 (none) or in 0.05..1, was 0.01");
        assertThatThrownBy(() -> ScanDegradation.NONE.apply(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB)))
                .hasMessage("expected an 8-bit grayscale image, got type 1");
    }
}
