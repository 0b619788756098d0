package org.scorelab.nn.rnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.nn.Blocks.assertClose;
import static org.scorelab.nn.Blocks.forward;
import static org.scorelab.nn.Blocks.initialize;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.nn.Blocks;

class LstmTest {

    @Test
    void twoStepsWithHandSetWeights() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Lstm lstm = initialize(Lstm.create(1, 1), manager, new Shape(1, 2, 1));
            // gates i, f, g, o: only the candidate g reads x and h (weight 1); all biases 0, so the
            // sigmoid gates are all 1/2 and g = tanh(x_t + h_{t-1})
            Blocks.set(lstm, "inputWeight", 0, 0, 1, 0);
            Blocks.set(lstm, "stateWeight", 0, 0, 1, 0);
            Blocks.set(lstm, "bias", 0, 0, 0, 0);
            NDArray h = forward(lstm, manager, false, manager.create(new float[] {1, 2}, new Shape(1, 2, 1)));
            double c1 = 0.5 * Math.tanh(1);
            double h1 = 0.5 * Math.tanh(c1);
            double c2 = 0.5 * c1 + 0.5 * Math.tanh(2 + h1);
            double h2 = 0.5 * Math.tanh(c2);
            assertClose(h, 1e-6, h1, h2);
        }
    }

    @Test
    void forgetGateBiasKeepsTheCell() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Lstm lstm = initialize(Lstm.create(1, 1), manager, new Shape(1, 3, 1));
            // i, g read x; f saturates at 1 (bias 30); o = 1/2. Then c_t = sum of the inputs' parts.
            Blocks.set(lstm, "inputWeight", 30, 0, 1, 0);
            Blocks.set(lstm, "stateWeight", 0, 0, 0, 0);
            Blocks.set(lstm, "bias", 0, 30, 0, 0);
            NDArray h = forward(lstm, manager, false, manager.create(new float[] {1, 0, 1}, new Shape(1, 3, 1)));
            // i = sigmoid(30 x): 1 for x = 1, 1/2 for x = 0; g = tanh(x)
            double c1 = Math.tanh(1);
            double c3 = 2 * Math.tanh(1);
            assertClose(h, 1e-5, 0.5 * Math.tanh(c1), 0.5 * Math.tanh(c1), 0.5 * Math.tanh(c3));
        }
    }

    @Test
    void forwardPassesLeaveNothingBehindWithTheParameters() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Lstm lstm = initialize(Lstm.create(6, 3), manager, new Shape(2, 4, 6));
            ai.djl.ndarray.BaseNDManager owner = (ai.djl.ndarray.BaseNDManager) lstm.getParameters().get("stateWeight")
                    .getArray().getManager();
            int before = owner.getManagedArrays().size();
            for (int i = 0; i < 3; i++) {
                try (NDManager batch = manager.newSubManager()) {
                    forward(lstm, batch, false, batch.randomNormal(new Shape(2, 4, 6)));
                }
            }
            assertThat(owner.getManagedArrays()).hasSize(before);
        }
    }

    @Test
    void shapes() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Lstm lstm = initialize(Lstm.create(6, 3), manager, new Shape(2, 4, 6));
            NDArray h = forward(lstm, manager, true, manager.randomNormal(new Shape(2, 4, 6)));
            assertThat(h.getShape()).isEqualTo(new Shape(2, 4, 3));
        }
    }

    @Test
    void saveAndLoadGiveIdenticalOutputs(@TempDir Path folder) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Lstm lstm = initialize(Lstm.create(3, 2), manager, new Shape(2, 5, 3));
            Blocks.assertRoundTrip(lstm, () -> Lstm.create(3, 2), folder, manager,
                    manager.randomNormal(new Shape(2, 5, 3)));
        }
    }

    @Test
    void rejectsBadSizes() {
        assertThatThrownBy(() -> Lstm.builder().setStateSize(4).build())
                .hasMessage("inputSize must be at least 1, was 0");
    }
}
