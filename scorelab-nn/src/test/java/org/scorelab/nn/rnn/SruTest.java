package org.scorelab.nn.rnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.nn.Blocks.assertClose;
import static org.scorelab.nn.Blocks.forward;
import static org.scorelab.nn.Blocks.initialize;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.nn.Blocks;

class SruTest {

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void twoStepsWithHandSetWeights() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Sru sru = initialize(Sru.create(2, 2), manager, new Shape(1, 2, 2));
            assertThat(sru.hasProjection()).isFalse();
            // W = identity, W_f = W_r = 0; b_f = (0, ln 3) so f = (1/2, 3/4); b_r = (0, ln 1/3) so r = (1/2, 1/4)
            Blocks.set(sru, "weight",
                    1, 0, 0, 1,
                    0, 0, 0, 0,
                    0, 0, 0, 0);
            Blocks.set(sru, "bias", 0, (float) Math.log(3), 0, (float) Math.log(1 / 3.0));
            NDArray x = manager.create(new float[] {1, -1, 2, 4}, new Shape(1, 2, 2));
            NDArray h = forward(sru, manager, false, x);
            // channel 0, f = 1/2: c1 = 1/2 * 1 = 0.5; c2 = 1/2 * 0.5 + 1/2 * 2 = 1.25
            // channel 1, f = 3/4: c1 = 1/4 * -1 = -0.25; c2 = 3/4 * -0.25 + 1/4 * 4 = 0.8125
            // h = r tanh(c) + (1 - r) x
            assertClose(h, 1e-6,
                    0.5 * Math.tanh(0.5) + 0.5 * 1, 0.25 * Math.tanh(-0.25) + 0.75 * -1,
                    0.5 * Math.tanh(1.25) + 0.5 * 2, 0.25 * Math.tanh(0.8125) + 0.75 * 4);
        }
    }

    @Test
    void inputGatesReadTheInput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Sru sru = initialize(Sru.create(1, 1), manager, new Shape(1, 2, 1));
            // W = 1, W_f = 2, W_r = -1, no biases
            Blocks.set(sru, "weight", 1, 2, -1);
            Blocks.set(sru, "bias", 0, 0);
            NDArray h = forward(sru, manager, false, manager.create(new float[] {0.5f, -1}, new Shape(1, 2, 1)));
            double f1 = sigmoid(1);
            double f2 = sigmoid(-2);
            double c1 = (1 - f1) * 0.5;
            double c2 = f2 * c1 + (1 - f2) * -1;
            double r1 = sigmoid(-0.5);
            double r2 = sigmoid(1);
            assertClose(h, 1e-6, r1 * Math.tanh(c1) + (1 - r1) * 0.5, r2 * Math.tanh(c2) + (1 - r2) * -1);
        }
    }

    @Test
    void projectsTheHighwayWhenSizesDiffer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Sru sru = initialize(Sru.create(1, 2), manager, new Shape(1, 1, 1));
            assertThat(sru.hasProjection()).isTrue();
            assertThat(Blocks.parameter(sru, "weight").getArray().getShape()).isEqualTo(new Shape(8, 1));
            // W = (1, 2), W_f = W_r = 0, W_p = (3, 4): f = r = 1/2
            Blocks.set(sru, "weight", 1, 2, 0, 0, 0, 0, 3, 4);
            Blocks.set(sru, "bias", 0, 0, 0, 0);
            NDArray h = forward(sru, manager, false, manager.create(new float[] {1}, new Shape(1, 1, 1)));
            assertClose(h, 1e-6, 0.5 * Math.tanh(0.5) + 1.5, 0.5 * Math.tanh(1) + 2);
        }
    }

    @Test
    void scanAndLoopAgreeInValuesAndGradients() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape shape = new Shape(3, 11, 4); // 11 steps: not a power of two
            Sru scan = initialize(Sru.builder().setInputSize(4).setStateSize(5).build(), manager, shape);
            Sru loop = initialize(Sru.builder().setInputSize(4).setStateSize(5).optParallelScan(false).build(),
                    manager, shape);
            Blocks.parameter(loop, "weight").getArray().set(Blocks.parameter(scan, "weight").getArray().toFloatArray());
            Blocks.set(scan, "bias", 1, -1, 0.5f, 2, 0, -2, 1, 0, 0.3f, -0.7f);
            Blocks.set(loop, "bias", 1, -1, 0.5f, 2, 0, -2, 1, 0, 0.3f, -0.7f);
            NDArray x = manager.randomNormal(shape);
            float[][] outputs = new float[2][];
            float[][] gradients = new float[2][];
            Sru[] units = {scan, loop};
            for (int i = 0; i < 2; i++) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray h = forward(units[i], manager, true, x);
                    outputs[i] = h.toFloatArray();
                    collector.backward(h.mul(h).sum());
                }
                gradients[i] = Blocks.parameter(units[i], "weight").getArray().getGradient().toFloatArray();
            }
            for (int i = 0; i < outputs[0].length; i++) {
                assertThat(outputs[0][i]).isCloseTo(outputs[1][i], org.assertj.core.data.Offset.offset(1e-5f));
            }
            for (int i = 0; i < gradients[0].length; i++) {
                assertThat(gradients[0][i]).isCloseTo(gradients[1][i], org.assertj.core.data.Offset.offset(1e-4f));
            }
        }
    }

    @Test
    void shapesAndGradients() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Sru sru = initialize(Sru.create(5, 3), manager, new Shape(4, 7, 5));
            assertThat(sru.getOutputShapes(new Shape[] {new Shape(4, 7, 5)})[0]).isEqualTo(new Shape(4, 7, 3));
            NDArray x = manager.randomNormal(new Shape(4, 7, 5));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray h = forward(sru, manager, true, x);
                assertThat(h.getShape()).isEqualTo(new Shape(4, 7, 3));
                collector.backward(h.sum());
            }
            NDArray grad = Blocks.parameter(sru, "weight").getArray().getGradient();
            assertThat(grad.abs().sum().getFloat()).isGreaterThan(0f);
            assertThat(grad.isNaN().any().getBoolean()).isFalse();
        }
    }

    @Test
    void saveAndLoadGiveIdenticalOutputs(@TempDir Path folder) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            Sru sru = initialize(Sru.create(3, 4), manager, new Shape(2, 5, 3));
            Blocks.assertRoundTrip(sru, () -> Sru.create(3, 4), folder, manager,
                    manager.randomNormal(new Shape(2, 5, 3)));
        }
    }

    @Test
    void rejectsBadSizes() {
        assertThatThrownBy(() -> Sru.builder().setInputSize(4).build())
                .hasMessage("stateSize must be at least 1, was 0");
        assertThatThrownBy(() -> Sru.create(4, 2).getOutputShapes(new Shape[] {new Shape(1, 3, 5)}))
                .hasMessage("expected [N,T,4], found (1, 3, 5)");
    }
}
