package org.scorelab.omr.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingPlotTest {

    @TempDir
    Path dir;

    private static boolean inkIn(BufferedImage im, int x0, int x1, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((im.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void bothAxesCarryTickLabels() throws Exception {
        List<EpochStats> history = List.of(new EpochStats(1, 92.6, 0.565, 1.0, 500, 16),
                new EpochStats(2, 48.3, 0.452, 1.0, 438, 18.3), new EpochStats(3, 32.4, 0.314, 0.96, 432, 18.5));
        Path png = dir.resolve("training.png");
        TrainingPlot.write(history, png);
        BufferedImage im = ImageIO.read(png.toFile());
        assertThat(im.getWidth()).isEqualTo(720);
        // labels left of the plot frame (loss) and right of it (SER), at mid height
        assertThat(inkIn(im, 5, 55, 150, 250)).isTrue();
        assertThat(inkIn(im, 665, 715, 150, 250)).isTrue();
    }
}
