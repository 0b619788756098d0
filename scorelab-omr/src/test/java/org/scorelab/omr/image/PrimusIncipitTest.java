package org.scorelab.omr.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.omr.page.GrayPixels;
import org.scorelab.omr.page.Staff;
import org.scorelab.omr.page.StaffFinder;

/**
 * A real PrIMuS incipit (a 1-bit palette PNG, tight crop, C1 clef): its palette indices must be
 * read as black and white, not as gray levels 0 and 1, and its one staff found.
 */
class PrimusIncipitTest {

    private static byte[] bytes() throws Exception {
        try (InputStream in = PrimusIncipitTest.class.getResourceAsStream("primus/000051652-1_2_1.png")) {
            return in.readAllBytes();
        }
    }

    @Test
    void paletteImageReadsAsBlackNotationOnWhitePaper() throws Exception {
        BufferedImage gray = ImageInput.DEFAULT.read("000051652-1_2_1.png", bytes());
        assertThat(gray.getWidth()).isEqualTo(1041);
        assertThat(gray.getHeight()).isEqualTo(155);
        byte[] px = GrayPixels.of(gray);
        long white = 0;
        long black = 0;
        for (byte b : px) {
            int v = b & 0xff;
            white += v > 200 ? 1 : 0;
            black += v < 60 ? 1 : 0;
        }
        assertThat(white + black).isEqualTo(px.length);
        assertThat(white).isGreaterThan(black * 3);
    }

    @Test
    void itsOneStaffIsFound() throws Exception {
        List<Staff> staves = new StaffFinder().find(ImageInput.DEFAULT.read("000051652-1_2_1.png", bytes()));
        assertThat(staves).hasSize(1);
        assertThat(staves.get(0).interline()).isBetween(14.0, 22.0);
    }
}
