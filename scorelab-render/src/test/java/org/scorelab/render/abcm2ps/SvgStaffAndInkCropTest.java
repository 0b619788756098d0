package org.scorelab.render.abcm2ps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.scorelab.render.verovio.RenderException;

class SvgStaffAndInkCropTest {

    private static final String PAGE = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"\n\tcolor=\"black\"\n"
            + "\twidth=\"15118.11px\" height=\"82.00px\">\n<path d=\"m67.20 59.00\n\th681.60\n\tM67.20 53.00\n\th681.60\"/>\n</svg>";

    @Test
    void thePageIsCutJustRightOfTheStaff() throws Exception {
        String svg = SvgStaff.trimmed(PAGE);
        // 67.2 + 681.6 + 24 units of paper
        assertThat(svg).contains("width=\"772.80px\" height=\"82.00px\"").contains("h681.60");
    }

    @Test
    void aPageWithoutStaffIsAnError() {
        assertThatThrownBy(() -> SvgStaff.trimmed("<svg width=\"10px\" height=\"10px\"></svg>"))
                .isInstanceOf(RenderException.class).hasMessageContaining("no staff lines");
    }

    @Test
    void theCropKeepsTheInkAndAddsTheMarginOfPaper() throws Exception {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.BLACK);
        g.fillRect(40, 30, 100, 20);
        g.setColor(new Color(200, 200, 200));
        g.fillRect(200, 80, 10, 10);
        g.dispose();
        BufferedImage out = InkCrop.crop(img, 7);
        assertThat(out.getWidth()).isEqualTo(100 + 14);
        assertThat(out.getHeight()).isEqualTo(20 + 14);
        assertThat(out.getRaster().getSample(6, 6, 0)).isEqualTo(255);
        assertThat(out.getRaster().getSample(7, 7, 0)).isEqualTo(0);
        assertThat(out.getRaster().getSample(106, 26, 0)).isEqualTo(0);
        assertThat(out.getRaster().getSample(107, 27, 0)).isEqualTo(255);
    }

    @Test
    void aBlankImageIsAnError() {
        BufferedImage img = new BufferedImage(30, 10, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, 30, 10, 0, new int[300]);
        for (int i = 0; i < 300; i++) {
            img.getRaster().setSample(i % 30, i / 30, 0, 255);
        }
        assertThatThrownBy(() -> InkCrop.crop(img, 3)).isInstanceOf(RenderException.class).hasMessageContaining("blank");
    }
}
