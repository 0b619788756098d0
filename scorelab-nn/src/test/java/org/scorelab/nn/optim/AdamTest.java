package org.scorelab.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.io.InvalidInputException;

/**
 * The optimizer against DJL's Adam on a tiny two-layer regression, and its state across a save and
 * a load into a fresh network and optimizer (new parameter ids, as in a new process).
 */
class AdamTest {

    static final Shape INPUT = new Shape(16, 5);

    @TempDir
    Path dir;

    NDManager manager;
    NDArray x;
    NDArray y;

    @BeforeEach
    void data() {
        manager = NDManager.newBaseManager();
        Engine.getInstance().setRandomSeed(5);
        x = manager.randomNormal(INPUT);
        // large targets: gradients of both signs well beyond the clip of 0.05 used below
        y = manager.randomNormal(new Shape(16, 2)).mul(20);
    }

    @AfterEach
    void free() {
        manager.close();
    }

    static Block block(int hidden) {
        return new SequentialBlock().add(Linear.builder().setUnits(hidden).build()).add(Activation.reluBlock())
                .add(Linear.builder().setUnits(2).build());
    }

    /** Options that exercise every part of the update: rescale, clip, weight decay, a moving rate. */
    static Adam.Builder ours() {
        return ours(0.05f);
    }

    static Adam.Builder ours(float clip) {
        return Adam.builder().optLearningRateTracker(Tracker.fixed(0.01f)).optClipGrad(clip).setRescaleGrad(0.5f)
                .optWeightDecays(1e-3f).optBeta1(0.8f).optBeta2(0.99f);
    }

    /**
     * DJL's Adam with the same options. Its kernel clips from above only, so it agrees with ours
     * only where no gradient falls below {@code -clip}: compared without clipping (clip -1).
     */
    static ai.djl.training.optimizer.Adam djl(float clip) {
        return Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.01f)).optClipGrad(clip).setRescaleGrad(0.5f)
                .optWeightDecays(1e-3f).optBeta1(0.8f).optBeta2(0.99f).build();
    }

    static ai.djl.training.optimizer.Adam djl() {
        return djl(-1f);
    }

    /** A model, its trainer and its optimizer, starting from given weights (or its own seeded ones). */
    final class Run implements AutoCloseable {
        final Model model = Model.newInstance("toy");
        final Block block;
        final Trainer trainer;

        Run(int hidden, byte[] weights, Optimizer optimizer) throws Exception {
            block = block(hidden);
            model.setBlock(block);
            Engine.getInstance().setRandomSeed(11);
            block.initialize(model.getNDManager(), DataType.FLOAT32, INPUT);
            if (weights != null) {
                block.loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(weights)));
                for (Pair<String, Parameter> p : block.getParameters()) {
                    p.getValue().getArray().setRequiresGradient(true);
                }
            }
            trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(optimizer));
            trainer.initialize(INPUT);
        }

        void steps(int n) {
            for (int i = 0; i < n; i++) {
                try (GradientCollector gc = trainer.newGradientCollector()) {
                    NDArray loss = trainer.getLoss().evaluate(new NDList(y), trainer.forward(new NDList(x)));
                    gc.backward(loss);
                }
                trainer.step();
            }
        }

        byte[] weights() throws Exception {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            block.saveParameters(new DataOutputStream(b));
            return b.toByteArray();
        }

        List<float[]> values() {
            List<float[]> out = new ArrayList<>();
            for (Pair<String, Parameter> p : block.getParameters()) {
                out.add(p.getValue().getArray().toFloatArray());
            }
            return out;
        }

        @Override
        public void close() {
            trainer.close();
            model.close();
        }
    }

    static double maxDifference(List<float[]> a, List<float[]> b) {
        assertThat(a).hasSameSizeAs(b);
        double max = 0;
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i)).hasSameSizeAs(b.get(i));
            for (int j = 0; j < a.get(i).length; j++) {
                max = Math.max(max, Math.abs(a.get(i)[j] - b.get(i)[j]));
            }
        }
        return max;
    }

    @Test
    void stepsLikeDjlAdam() throws Exception {
        try (Run start = new Run(8, null, djl()); Adam adam = ours(-1f).build();
                Run a = new Run(8, start.weights(), djl()); Run b = new Run(8, start.weights(), adam)) {
            List<float[]> initial = a.values();
            assertThat(maxDifference(initial, b.values())).isZero();
            a.steps(30);
            b.steps(30);
            assertThat(maxDifference(a.values(), b.values())).isLessThanOrEqualTo(1e-6);
            assertThat(maxDifference(initial, b.values())).as("the weights moved").isGreaterThan(1e-2);
            assertThat(adam.steps()).isEqualTo(30);
        }
    }

    /**
     * The formula by hand, in doubles, on two weights with opposite gradients: rescale 0.5, clip 1
     * on both sides (DJL's kernel alone would let -10 through), weight decay 0.01, two steps.
     */
    @Test
    void knownAnswerOfTwoSteps() {
        double[] w = {0.5, 0.5};
        double[] m = new double[2];
        double[] v = new double[2];
        double[][] grads = {{20, -20}, {1, -1}};
        for (int t = 1; t <= 2; t++) {
            double lrT = 0.1 * Math.sqrt(1 - Math.pow(0.999f, t)) / (1 - Math.pow(0.9f, t));
            for (int i = 0; i < 2; i++) {
                double g = Math.max(-1, Math.min(0.5 * grads[t - 1][i], 1)) + 0.01 * w[i];
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                w[i] -= lrT * m[i] / (Math.sqrt(v[i]) + 1e-8);
            }
        }
        try (Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(0.1f)).setRescaleGrad(0.5f)
                .optClipGrad(1f).optWeightDecays(0.01f).build()) {
            NDArray weight = manager.create(new float[] {0.5f, 0.5f});
            adam.update("w", weight, manager.create(new float[] {20, -20}));
            adam.update("w", weight, manager.create(new float[] {1, -1}));
            float[] actual = weight.toFloatArray();
            assertThat((double) actual[0]).isCloseTo(w[0], org.assertj.core.data.Offset.offset(1e-5));
            assertThat((double) actual[1]).isCloseTo(w[1], org.assertj.core.data.Offset.offset(1e-5));
            // clipped on both sides, the opposite gradients move the weights by nearly opposite
            // amounts (only the weight decay differs); a one-sided clip would take the second far further
            assertThat(Math.abs((actual[0] - 0.5) + (actual[1] - 0.5))).isLessThan(1e-3);
        }
    }

    /** An update leaves no new array behind in the gradient's manager (it lives as long as the model). */
    @Test
    void updatesLeaveNoArraysBehind() {
        try (Adam adam = ours().build(); NDManager m = NDManager.newBaseManager()) {
            NDArray weight = m.create(new float[] {0.5f, -0.5f, 2f});
            NDArray grad = m.create(new float[] {20f, -20f, 0.01f});
            adam.update("w", weight, grad);
            int after1 = ((ai.djl.ndarray.BaseNDManager) m).getManagedArrays().size();
            for (int i = 0; i < 10; i++) {
                adam.update("w", weight, grad);
            }
            assertThat(((ai.djl.ndarray.BaseNDManager) m).getManagedArrays()).hasSize(after1);
        }
    }

    @Test
    void savedAndLoadedStateContinuesExactly() throws Exception {
        Path state = dir.resolve("epoch-001.adam");
        byte[] initial;
        List<float[]> straight;
        try (Run start = new Run(8, null, djl())) {
            initial = start.weights();
        }
        try (Adam adam = ours().build(); Run run = new Run(8, initial, adam)) {
            run.steps(15);
            straight = run.values();
        }
        byte[] atSeven;
        try (Adam adam = ours().build(); Run run = new Run(8, initial, adam)) {
            run.steps(7);
            adam.save(state, run.block);
            atSeven = run.weights();
        }
        try (Adam adam = ours().build(); Run run = new Run(8, atSeven, adam)) {
            adam.load(state, run.block);
            assertThat(adam.steps()).isEqualTo(7);
            run.steps(8);
            assertThat(adam.steps()).isEqualTo(15);
            assertThat(maxDifference(straight, run.values())).isLessThanOrEqualTo(1e-6);
        }
        // without the state the same 8 steps land elsewhere: the comparison above can fail
        try (Adam adam = ours().build(); Run run = new Run(8, atSeven, adam)) {
            run.steps(8);
            assertThat(maxDifference(straight, run.values())).isGreaterThan(1e-4);
        }
    }

    @Test
    void stateBeforeTheFirstStepIsEmpty() throws Exception {
        Path state = dir.resolve("fresh.adam");
        try (Adam adam = ours().build(); Run run = new Run(8, null, adam)) {
            adam.save(state, run.block);
        }
        try (Adam adam = ours().build(); Run run = new Run(4, null, adam)) {
            adam.load(state, run.block);
            assertThat(adam.steps()).isZero();
        }
    }

    @Test
    void mismatchedStateIsRefusedNamingTheFile() throws Exception {
        Path state = dir.resolve("epoch-002.adam");
        try (Adam adam = ours().build(); Run run = new Run(8, null, adam)) {
            run.steps(2);
            adam.save(state, run.block);
        }
        try (Adam adam = ours().build(); Run run = new Run(9, null, adam)) {
            assertThatThrownBy(() -> adam.load(state, run.block)).isInstanceOf(InvalidInputException.class)
                    .hasMessage(state + ": parameter '01Linear_weight': shape (8, 5) does not match the network's (9, 5)");
            assertThat(adam.steps()).isZero();
        }
    }

    @Test
    void otherFilesAreRefusedNamingThem() throws Exception {
        Path weights = dir.resolve("epoch-001.params");
        Path truncated = dir.resolve("cut.adam");
        try (Adam adam = ours().build(); Run run = new Run(8, null, adam)) {
            run.steps(1);
            Files.write(weights, run.weights());
            adam.save(truncated, run.block);
            byte[] all = Files.readAllBytes(truncated);
            Files.write(truncated, java.util.Arrays.copyOf(all, all.length - 3));
            assertThatThrownBy(() -> adam.load(weights, run.block)).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(weights + ": byte 0: found '")
                    .hasMessageEndingWith("expected an Adam state file starting 'scorelab adam'");
            assertThatThrownBy(() -> adam.load(truncated, run.block)).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(truncated + ": parameter '")
                    .hasMessageContaining("the file ends early");
            assertThatThrownBy(() -> adam.load(dir.resolve("none.adam"), run.block))
                    .hasMessage(dir.resolve("none.adam") + ": no such file, expected an Adam state file");
        }
    }
}
