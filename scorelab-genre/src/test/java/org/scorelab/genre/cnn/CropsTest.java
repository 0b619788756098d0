package org.scorelab.genre.cnn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CropsTest {

    private static float[][] ramp(int bands, int frames) {
        float[][] m = new float[bands][frames];
        for (int b = 0; b < bands; b++) {
            for (int t = 0; t < frames; t++) {
                m[b][t] = 100 * b + t + 1;
            }
        }
        return m;
    }

    @Test
    void aWindowIsCopiedIntoItsSlotAndPaddedWithZerosPastTheEnd() {
        float[][] image = ramp(2, 5);
        float[] batch = new float[2 * 2 * 4];
        Crops.copy(image, 0, 4, batch, 0);
        Crops.copy(image, 3, 4, batch, 1);
        assertThat(batch).containsExactly(1, 2, 3, 4, 101, 102, 103, 104, 4, 5, 0, 0, 104, 105, 0, 0);
    }

    @Test
    void masksZeroBandsAndFramesOfOneSlotOnly() {
        float[][] image = ramp(3, 4);
        float[] batch = new float[2 * 3 * 4];
        Crops.copy(image, 0, 4, batch, 0);
        Crops.copy(image, 0, 4, batch, 1);
        Crops.mask(batch, 1, 3, 4, 2, 5, 1, 2);
        assertThat(batch).containsExactly(1, 2, 3, 4, 101, 102, 103, 104, 201, 202, 203, 204,
                1, 0, 0, 4, 101, 0, 0, 104, 0, 0, 0, 0);
    }

    @Test
    void windowsCoverTheClipHalfOverlappingWithTheLastFlushAtTheEnd() {
        assertThat(MelCnnModel.windowStarts(100, 128)).containsExactly(0);
        assertThat(MelCnnModel.windowStarts(128, 128)).containsExactly(0);
        assertThat(MelCnnModel.windowStarts(256, 128)).containsExactly(0, 64, 128);
        assertThat(MelCnnModel.windowStarts(300, 128)).containsExactly(0, 64, 128, 172);
    }
}
