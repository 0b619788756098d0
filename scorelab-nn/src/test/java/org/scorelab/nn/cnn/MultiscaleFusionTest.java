package org.scorelab.nn.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.nn.Blocks.assertClose;
import static org.scorelab.nn.Blocks.forward;
import static org.scorelab.nn.Blocks.initialize;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class MultiscaleFusionTest {

    @Test
    void averagePoolsTheShallowMapAndConcatenatesOnChannels() {
        try (NDManager manager = NDManager.newBaseManager()) {
            MultiscaleFusion fusion = MultiscaleFusion.create();
            Shape shallow = new Shape(1, 1, 4, 4);
            Shape deep = new Shape(1, 2, 2, 2);
            initialize(fusion, manager, shallow, deep);
            assertThat(fusion.getOutputShapes(new Shape[] {shallow, deep})[0])
                    .isEqualTo(new Shape(1, 3, 2, 2));
            NDArray y = forward(fusion, manager, false,
                    manager.arange(16f).reshape(shallow), manager.arange(100f, 108f).reshape(deep));
            assertClose(y, 1e-6,
                    2.5, 4.5, 10.5, 12.5, // the 2x2 means of 0..15 laid out 4x4
                    100, 101, 102, 103, 104, 105, 106, 107);
        }
    }

    @Test
    void maxPoolingKeepsTheStrongestResponse() {
        try (NDManager manager = NDManager.newBaseManager()) {
            MultiscaleFusion fusion = MultiscaleFusion.create(MultiscaleFusion.Pooling.MAX);
            Shape shallow = new Shape(1, 1, 4, 4);
            Shape deep = new Shape(1, 1, 1, 2);
            initialize(fusion, manager, shallow, deep);
            NDArray y = forward(fusion, manager, false,
                    manager.arange(16f).reshape(shallow), manager.zeros(deep));
            // windows of 4 rows x 2 columns
            assertClose(y, 0, 13, 15, 0, 0);
        }
    }

    @Test
    void rejectsMapsThatDoNotTile() {
        MultiscaleFusion fusion = MultiscaleFusion.create();
        assertThatThrownBy(() -> fusion.getOutputShapes(
                new Shape[] {new Shape(1, 4, 8, 10), new Shape(1, 8, 2, 3)}))
                .hasMessage("the shallow map (1, 4, 8, 10) must have the deep map's batch size and a"
                        + " whole multiple of its height and width, deep map (1, 8, 2, 3)");
    }
}
