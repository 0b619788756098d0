package org.scorelab.nn.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.nn.Blocks.assertClose;
import static org.scorelab.nn.Blocks.forward;
import static org.scorelab.nn.Blocks.initialize;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;
import org.scorelab.nn.Blocks;

class ConvBnLeakyTest {

    /** Batch normalisation in inference with its initial statistics divides by sqrt(1 + 1e-5). */
    private static final double BN = 1 / Math.sqrt(1 + 1e-5);

    @Test
    void stridedUnitHalvesHeightAndWidth() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block unit = initialize(ConvBnLeaky.create(4, 2), manager, new Shape(2, 3, 8, 10));
            assertThat(unit.getOutputShapes(new Shape[] {new Shape(2, 3, 8, 10)})[0])
                    .isEqualTo(new Shape(2, 4, 4, 5));
            NDArray y = forward(unit, manager, true, manager.randomNormal(new Shape(2, 3, 8, 10)));
            assertThat(y.getShape()).isEqualTo(new Shape(2, 4, 4, 5));
        }
    }

    @Test
    void allOnesKernelCountsTheNeighboursInsideTheImage() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block unit = initialize(ConvBnLeaky.create(1), manager, new Shape(1, 1, 3, 3));
            Blocks.set(unit, "weight", 1, 1, 1, 1, 1, 1, 1, 1, 1);
            NDArray y = forward(unit, manager, false, manager.ones(new Shape(1, 1, 3, 3)));
            // zero padding: a corner sees 4 pixels, an edge 6, the centre 9
            assertClose(y, 1e-4, 4 * BN, 6 * BN, 4 * BN, 6 * BN, 9 * BN, 6 * BN, 4 * BN, 6 * BN, 4 * BN);
        }
    }

    @Test
    void negativeResponsesAreScaledByAlpha() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block unit = initialize(ConvBnLeaky.create(1, 1, 0.1f), manager, new Shape(1, 1, 1, 2));
            Blocks.set(unit, "weight", 0, 0, 0, 0, 1, 0, 0, 0, 0);
            NDArray y = forward(unit, manager, false, manager.create(new float[] {2, -3}, new Shape(1, 1, 1, 2)));
            assertClose(y, 1e-5, 2 * BN, -0.3 * BN);
        }
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> ConvBnLeaky.create(0))
                .hasMessage("filters must be at least 1, was 0");
        assertThatThrownBy(() -> ConvBnLeaky.create(8, 1, 1.5f))
                .hasMessage("alpha must be in [0, 1), was 1.5");
    }
}
