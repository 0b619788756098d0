package org.scorelab.omr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.nn.rnn.Cell;

class OmrNetworkTest {

    static final OmrConfig SMALL = OmrConfig.DEFAULT.withCnn(List.of(4, 8, 8), 1).withRecurrent(16, 1, 0f);

    @Test
    void shapesForEveryAblation() {
        for (OmrConfig c : List.of(SMALL, SMALL.withFusion(false), SMALL.withResidual(false), SMALL.withCell(Cell.LSTM),
                SMALL.withCnn(List.of(4, 8, 8, 8), 2))) {
            try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("t")) {
                OmrNetwork net = OmrNetwork.create(c, 11);
                model.setBlock(net);
                net.initialize(m, DataType.FLOAT32, new Shape(2, 1, 80, 101));
                NDArray x = m.randomUniform(0, 1, new Shape(2, 1, 80, 101));
                NDList out = net.forward(new ParameterStore(m, false), new NDList(x, m.create(new int[] {26, 20})), false);
                assertThat(out.get(0).getShape().getShape()).as(c.toString()).containsExactly(2, OmrNetwork.steps(101), 11);
                assertThat(out.get(1).toIntArray()).containsExactly(26, 20);
                float[] p = out.get(0).exp().sum(new int[] {2}).toFloatArray();
                for (float v : p) {
                    assertThat(v).isBetween(0.999f, 1.001f);
                }
                assertThat(net.getOutputShapes(new Shape[] {x.getShape()})[0]).isEqualTo(out.get(0).getShape());
            }
        }
        assertThat(OmrNetwork.steps(101)).isEqualTo(26);
        assertThat(OmrNetwork.steps(100)).isEqualTo(25);
    }

    @Test
    void configValidationNamesFieldAndValue() {
        assertThatThrownBy(() -> SMALL.withRecurrent(0, 1, 0f)).hasMessage("hidden must be in 1..2048, was 0");
        assertThatThrownBy(() -> SMALL.withRecurrent(8, 1, 1.5f)).hasMessage("dropout must be in [0, 1), was 1.5");
        assertThatThrownBy(() -> SMALL.withCnn(List.of(4, 8), 1)).hasMessage("channels must have 3 to 5 entries, was [4, 8]");
        assertThatThrownBy(() -> SMALL.withInput(6, 3)).hasMessageContaining("input height")
                .hasMessageContaining("= 60 px must be a multiple of 8");
        assertThat(OmrConfig.DEFAULT.height()).isEqualTo(80);
    }

    @Test
    void aForwardPassLeavesOnlyItsInputsAndOutputsBehind() {
        // Scopes frees each stage's intermediates when it returns; without it the batch's manager
        // held every intermediate array of the pass (well over a hundred) until it closed
        for (OmrConfig c : List.of(SMALL, SMALL.withCell(Cell.LSTM))) {
            try (NDManager m = NDManager.newBaseManager(); Model model = Model.newInstance("t")) {
                OmrNetwork net = OmrNetwork.create(c, 11);
                model.setBlock(net);
                net.initialize(m, DataType.FLOAT32, new Shape(2, 1, 80, 101));
                try (NDManager batch = m.newSubManager()) {
                    NDArray x = batch.randomUniform(0, 1, new Shape(2, 1, 80, 101));
                    NDArray steps = batch.create(new int[] {26, 20});
                    NDList out = net.forward(new ParameterStore(batch, false), new NDList(x, steps), false);
                    assertThat(out.get(0).getManager()).isSameAs(batch);
                    assertThat(x.getManager()).isSameAs(batch);
                    assertThat(batch.getManagedArrays()).as(c.toString()).hasSizeLessThan(12);
                }
            }
        }
    }
}
