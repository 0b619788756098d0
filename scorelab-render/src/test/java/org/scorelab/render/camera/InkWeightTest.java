package org.scorelab.render.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A heavier print, pixel by pixel. */
class InkWeightTest {

    static BufferedImage paper(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, 255);
            }
        }
        return img;
    }

    static int inkRows(BufferedImage img, int x) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            n += img.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aTwoPixelLineBecomesThreeAndAStemWidensByOne() {
        BufferedImage img = paper(20, 12);
        for (int x = 0; x < 20; x++) {
            img.getRaster().setSample(x, 5, 0, 0);
            img.getRaster().setSample(x, 6, 0, 0);
        }
        for (int y = 0; y < 12; y++) {
            img.getRaster().setSample(10, y, 0, 40);
        }
        BufferedImage bold = InkWeight.bolder(img);
        assertThat(inkRows(img, 3)).isEqualTo(2);
        assertThat(inkRows(bold, 3)).isEqualTo(3);
        // the line grew downwards by one row: rows 4, 5, 6 are ink, 7 is paper
        assertThat(bold.getRaster().getSample(3, 4, 0)).isEqualTo(0);
        assertThat(bold.getRaster().getSample(3, 7, 0)).isEqualTo(255);
        // the stem (grey 40) now covers columns 9 and 10, keeping its grey level
        assertThat(bold.getRaster().getSample(9, 1, 0)).isEqualTo(40);
        assertThat(bold.getRaster().getSample(10, 1, 0)).isEqualTo(40);
        assertThat(bold.getRaster().getSample(11, 1, 0)).isEqualTo(255);
        // the input is untouched
        assertThat(img.getRaster().getSample(9, 1, 0)).isEqualTo(255);
    }

    @Test
    void blankPaperStaysBlankAndEdgesDoNotWrap() {
        BufferedImage img = paper(5, 4);
        img.getRaster().setSample(0, 0, 0, 0);
        BufferedImage bold = InkWeight.bolder(img);
        int ink = 0;
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                ink += bold.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
            }
        }
        assertThat(ink).isEqualTo(1);
        assertThat(InkWeight.bolder(paper(3, 3)).getRaster().getSample(2, 2, 0)).isEqualTo(255);
    }

    @Test
    void refusesColourImages() {
        assertThatThrownBy(() -> InkWeight.bolder(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8-bit grayscale");
    }
}
