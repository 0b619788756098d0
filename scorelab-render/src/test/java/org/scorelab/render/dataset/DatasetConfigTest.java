package org.scorelab.render.dataset;

import org.scorelab.core.corpus.Split;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.scorelab.render.augment.AugmentationConfig;
import org.scorelab.render.camera.CameraConfig;

class DatasetConfigTest {
    @Test
    void defaultsFillInAndBadValuesAreNamed() {
        DatasetConfig c = new DatasetConfig(10, 1, false, null, null, 2, 5, Duration.ofSeconds(5), 0);
        assertThat(c.augmentation()).isEqualTo(AugmentationConfig.DEFAULT);
        assertThat(c.cameraConfig()).isEqualTo(CameraConfig.DEFAULT);
        assertThatThrownBy(() -> DatasetConfig.of(0, 1, false, 2)).hasMessage("count must be >= 1, was 0");
        assertThatThrownBy(() -> DatasetConfig.of(5, 1, false, 0)).hasMessage("threads must be in 1..64, was 0");
        assertThatThrownBy(() -> new DatasetConfig(1, 1, false, null, null, 1, 0, Duration.ofSeconds(1), 0))
                .hasMessage("maxAttempts must be >= 1, was 0");
    }

    @Test
    void augmentationConfigNamesTheBadField() {
        assertThatThrownBy(() -> AugmentationConfig.DEFAULT.withMeasures(3, 2))
                .hasMessage("measures range must satisfy 1 <= minMeasures <= maxMeasures, was 3..2");
        assertThatThrownBy(() -> new AugmentationConfig(1, 6, 0.7, -8, 7, 0.5, 4, 0.05, 0.1, 0.02, 0.05, 0.05, 0.05))
                .hasMessage("fifths range must lie in -7..7 with min <= max, was -8..7");
        assertThatThrownBy(() -> new AugmentationConfig(1, 6, 0.7, -6, 7, 0.5, 4, 1.5, 0.1, 0.02, 0.05, 0.05, 0.05))
                .hasMessage("restProbability must be in 0..1, was 1.5");
    }

    @Test
    void itemsNeedAnIdAndASplit() {
        assertThatThrownBy(() -> new DatasetItem(RandomTunes.tune(new java.util.SplittableRandom(1), "x"), " ", "x", Split.TRAIN))
                .hasMessage("item id must not be blank");
        assertThatThrownBy(() -> new DatasetItem(null, "a#1", "x", Split.TRAIN))
                .hasMessage("tune and split must not be null (item 'a#1')");
    }
}
