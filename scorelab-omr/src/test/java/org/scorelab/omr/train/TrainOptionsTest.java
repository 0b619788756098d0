package org.scorelab.omr.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The learning-rate schedule: constant by default, geometric decay to a final rate when asked. */
class TrainOptionsTest {

    static TrainOptions decaying(int epochs, float rate, float finalRate, int from) {
        return new TrainOptions(epochs, 16, rate, 1, 0, 300, true, 1, finalRate, from);
    }

    @Test
    void constantByDefault() {
        TrainOptions o = new TrainOptions(5, 16, 1e-3f, 1, 0, 300, false, 1);
        for (int e = 1; e <= 5; e++) {
            assertThat(o.learningRate(e)).isEqualTo(1e-3f);
        }
    }

    @Test
    void fallsGeometricallyFromTheDecayEpochToTheLast() {
        // epochs 7..9 of a resumed run: 0.001, then sqrt(0.001 * 0.0002), then 0.0002
        TrainOptions o = decaying(9, 1e-3f, 2e-4f, 7);
        assertThat(o.learningRate(1)).isEqualTo(1e-3f);
        assertThat(o.learningRate(7)).isEqualTo(1e-3f);
        assertThat((double) o.learningRate(8)).isCloseTo(Math.sqrt(1e-3 * 2e-4), within(1e-9));
        assertThat(o.learningRate(9)).isEqualTo(2e-4f);
        // four steps of a factor 10: each epoch a factor 10^(1/4) below the one before
        TrainOptions ten = decaying(5, 1e-2f, 1e-3f, 1);
        for (int e = 2; e <= 5; e++) {
            assertThat((double) ten.learningRate(e - 1) / ten.learningRate(e)).isCloseTo(Math.pow(10, 0.25),
                    within(1e-4));
        }
    }

    @Test
    void refusesAFinalRateAboveTheStartOrADecayOutsideTheRun() {
        assertThatThrownBy(() -> decaying(9, 1e-3f, 2e-3f, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("final learning rate must be in (0, 0.001], was 0.002");
        assertThatThrownBy(() -> decaying(9, 1e-3f, 1e-4f, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decay must start at an epoch in 1..9, was 10");
    }
}
