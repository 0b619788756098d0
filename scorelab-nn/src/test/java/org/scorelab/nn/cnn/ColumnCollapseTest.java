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

class ColumnCollapseTest {

    @Test
    void flattenMakesOneVectorPerColumnChannelMajor() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // [N=1, C=2, H=3, W=2], value = 100 c + 10 h + w
            float[] values = new float[12];
            for (int c = 0; c < 2; c++) {
                for (int h = 0; h < 3; h++) {
                    for (int w = 0; w < 2; w++) {
                        values[c * 6 + h * 2 + w] = 100 * c + 10 * h + w;
                    }
                }
            }
            ColumnCollapse collapse = initialize(ColumnCollapse.flatten(), manager, new Shape(1, 2, 3, 2));
            NDArray y = forward(collapse, manager, false, manager.create(values, new Shape(1, 2, 3, 2)));
            assertThat(y.getShape()).isEqualTo(new Shape(1, 2, 6));
            assertClose(y, 0, 0, 10, 20, 100, 110, 120, 1, 11, 21, 101, 111, 121);
        }
    }

    @Test
    void meanAveragesOverHeight() {
        try (NDManager manager = NDManager.newBaseManager()) {
            ColumnCollapse collapse = initialize(ColumnCollapse.mean(), manager, new Shape(1, 2, 2, 3));
            NDArray y = forward(collapse, manager, false, manager.arange(12f).reshape(1, 2, 2, 3));
            assertThat(collapse.getOutputShapes(new Shape[] {new Shape(1, 2, 2, 3)})[0])
                    .isEqualTo(new Shape(1, 3, 2));
            // channel 0 rows (0 1 2) (3 4 5), channel 1 rows (6 7 8) (9 10 11)
            assertClose(y, 1e-6, 1.5, 7.5, 2.5, 8.5, 3.5, 9.5);
        }
    }

    @Test
    void rejectsNonImageInput() {
        assertThatThrownBy(() -> ColumnCollapse.flatten().getOutputShapes(new Shape[] {new Shape(2, 3, 4)}))
                .hasMessage("expected [N,C,H,W], found (2, 3, 4)");
    }
}
