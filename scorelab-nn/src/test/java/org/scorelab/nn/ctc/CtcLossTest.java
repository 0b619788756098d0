package org.scorelab.nn.ctc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CtcLossTest {

    private static final int C = 3;

    /** Rows [N][T][C] as a float64 array. */
    private static NDArray create(NDManager manager, double[][]... samples) {
        int steps = samples[0].length;
        double[] flat = new double[samples.length * steps * C];
        for (int i = 0; i < samples.length; i++) {
            for (int t = 0; t < steps; t++) {
                System.arraycopy(samples[i][t], 0, flat, (i * steps + t) * C, C);
            }
        }
        return manager.create(flat, new Shape(samples.length, steps, C));
    }

    private static double single(NDManager manager, CtcLoss loss, double[][] logProbs, int... target) {
        NDArray targets = manager.create(target.length == 0 ? new long[] {0} : toLong(target), new Shape(1, Math.max(1, target.length)));
        NDArray lengths = manager.create(new long[] {target.length});
        return loss.perSample(create(manager, logProbs), null, targets, lengths).getDouble(0);
    }

    private static long[] toLong(int[] values) {
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    @Test
    void equalsTheSumOverAllAlignments() {
        Random random = new Random(7);
        int[][] targets = {{}, {1}, {2}, {1, 2}, {1, 1}, {2, 2}, {1, 2, 1}, {1, 1, 2}, {2, 1, 1}};
        try (NDManager manager = NDManager.newBaseManager()) {
            CtcLoss loss = CtcLoss.create();
            for (int steps = 1; steps <= 5; steps++) {
                double[][] logProbs = BruteForce.randomLogProbs(random, steps, C);
                for (int[] target : targets) {
                    double expected = -BruteForce.logLikelihood(logProbs, target, 0);
                    double actual = single(manager, loss, logProbs, target);
                    if (Double.isInfinite(expected)) {
                        assertThat(actual).as("T=%d, target %s", steps, java.util.Arrays.toString(target))
                                .isEqualTo(Double.POSITIVE_INFINITY);
                    } else {
                        assertThat(actual).as("T=%d, target %s", steps, java.util.Arrays.toString(target))
                                .isCloseTo(expected, offset(1e-9));
                    }
                }
            }
        }
    }

    @Test
    void repeatedLabelsNeedABlankBetweenThem() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // "a a" in two steps has no alignment; in three, only "a _ a"
            double[][] two = BruteForce.randomLogProbs(new Random(1), 2, C);
            assertThat(single(manager, CtcLoss.create(), two, 1, 1)).isEqualTo(Double.POSITIVE_INFINITY);
            double[][] three = BruteForce.randomLogProbs(new Random(2), 3, C);
            assertThat(single(manager, CtcLoss.create(), three, 1, 1))
                    .isCloseTo(-(three[0][1] + three[1][0] + three[2][1]), offset(1e-12));
        }
    }

    @Test
    void batchWithDifferentLengthsEqualsTheSamplesAlone() {
        Random random = new Random(11);
        double[][][] samples = new double[3][][];
        for (int i = 0; i < 3; i++) {
            samples[i] = BruteForce.randomLogProbs(random, 5, C);
        }
        int[] inputLengths = {5, 3, 4};
        int[][] targets = {{1, 2}, {2}, {1, 2, 1}};
        try (NDManager manager = NDManager.newBaseManager()) {
            CtcLoss loss = CtcLoss.create();
            NDArray padded = manager.create(new long[] {1, 2, -5, 2, 9, 9, 1, 2, 1}, new Shape(3, 3));
            NDArray perSample = loss.perSample(create(manager, samples), manager.create(inputLengths),
                    padded, manager.create(new int[] {2, 1, 3}));
            double mean = 0;
            for (int i = 0; i < 3; i++) {
                double[][] valid = java.util.Arrays.copyOf(samples[i], inputLengths[i]);
                double expected = -BruteForce.logLikelihood(valid, targets[i], 0);
                assertThat(perSample.getDouble(i)).as("sample %d", i).isCloseTo(expected, offset(1e-9));
                assertThat(single(manager, loss, valid, targets[i])).isCloseTo(expected, offset(1e-9));
                mean += expected / 3;
            }
            NDArray reduced = loss.evaluate(
                    new NDList(padded, manager.create(new int[] {2, 1, 3})),
                    new NDList(create(manager, samples), manager.create(inputLengths)));
            assertThat(reduced.getDouble()).isCloseTo(mean, offset(1e-9));
            NDArray normalised = CtcLoss.builder().optNormalizeByTargetLength(true).build().evaluate(
                    new NDList(padded, manager.create(new int[] {2, 1, 3})),
                    new NDList(create(manager, samples), manager.create(inputLengths)));
            double expectedNormalised = (perSample.getDouble(0) / 2 + perSample.getDouble(1)
                    + perSample.getDouble(2) / 3) / 3;
            assertThat(normalised.getDouble()).isCloseTo(expectedNormalised, offset(1e-9));
        }
    }

    @Test
    void gradientEqualsFiniteDifferences() {
        Random random = new Random(3);
        int n = 2;
        int steps = 4;
        double[] logits = new double[n * steps * C];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = random.nextGaussian();
        }
        CtcLoss loss = CtcLoss.builder().optFromLogits(true).build();
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray targets = manager.create(new long[] {1, 1, 2, 0}, new Shape(2, 2));
            NDArray targetLengths = manager.create(new int[] {2, 1});
            NDArray inputLengths = manager.create(new int[] {4, 3});
            NDArray x = manager.create(logits, new Shape(n, steps, C));
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray value = loss.evaluate(new NDList(targets, targetLengths), new NDList(x, inputLengths));
                collector.backward(value);
            }
            double[] gradient = x.getGradient().toDoubleArray();
            double eps = 1e-6;
            for (int i = 0; i < logits.length; i++) {
                double[] plus = logits.clone();
                double[] minus = logits.clone();
                plus[i] += eps;
                minus[i] -= eps;
                double up = loss.evaluate(new NDList(targets, targetLengths),
                        new NDList(manager.create(plus, new Shape(n, steps, C)), inputLengths)).getDouble();
                double down = loss.evaluate(new NDList(targets, targetLengths),
                        new NDList(manager.create(minus, new Shape(n, steps, C)), inputLengths)).getDouble();
                assertThat(gradient[i]).as("d loss / d logit %d", i).isCloseTo((up - down) / (2 * eps), offset(1e-7));
            }
            // the padded last step of the second sample gets no gradient
            for (int c = 0; c < C; c++) {
                assertThat(gradient[(steps + 3) * C + c]).isEqualTo(0.0);
            }
        }
    }

    @Test
    void impossibleTargetsGiveInfinityAndNoGradient() {
        try (NDManager manager = NDManager.newBaseManager()) {
            double[][] a = BruteForce.randomLogProbs(new Random(5), 3, C);
            double[][] b = BruteForce.randomLogProbs(new Random(6), 3, C);
            NDArray x = create(manager, a, b).toType(DataType.FLOAT32, false);
            x.setRequiresGradient(true);
            // "a a a" needs five steps; "b" fits in three
            NDArray targets = manager.create(new long[] {1, 1, 1, 2, 0, 0}, new Shape(2, 3));
            NDArray lengths = manager.create(new int[] {3, 1});
            CtcLoss loss = CtcLoss.create();
            NDArray perSample;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                perSample = loss.perSample(x, null, targets, lengths);
                NDArray reduced = loss.evaluate(new NDList(targets, lengths), new NDList(x));
                assertThat(reduced.getFloat()).isCloseTo(perSample.getFloat(1) / 2, offset(1e-5f));
                collector.backward(reduced);
            }
            assertThat(perSample.getFloat(0)).isEqualTo(Float.POSITIVE_INFINITY);
            assertThat((double) perSample.getFloat(1))
                    .isCloseTo(-BruteForce.logLikelihood(b, new int[] {2}, 0), offset(1e-5));
            NDArray gradient = x.getGradient();
            assertThat(gradient.isNaN().any().getBoolean()).isFalse();
            assertThat(gradient.get("0").abs().max().getFloat()).isEqualTo(0f);
            assertThat(gradient.get("1").abs().max().getFloat()).isGreaterThan(0f);
        }
    }

    @Test
    void blankIndexIsConfigurable() {
        double[][] logProbs = BruteForce.randomLogProbs(new Random(9), 4, C);
        // move class 0 to the end: the old blank 0 becomes 2, labels 1 and 2 become 0 and 1
        double[][] moved = new double[4][C];
        for (int t = 0; t < 4; t++) {
            moved[t] = new double[] {logProbs[t][1], logProbs[t][2], logProbs[t][0]};
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            double expected = single(manager, CtcLoss.create(), logProbs, 1, 2, 2);
            double actual = single(manager, CtcLoss.builder().optBlank(2).build(), moved, 0, 1, 1);
            assertThat(actual).isCloseTo(expected, offset(1e-12));
        }
    }

    @Test
    void rejectsBadLabelsAndLengths() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.zeros(new Shape(1, 4, C));
            CtcLoss loss = CtcLoss.create();
            assertThatThrownBy(() -> loss.perSample(x, null, manager.create(new long[] {1, 0}, new Shape(1, 2)), null))
                    .hasMessage("target 0, position 1: label 0, expected a class in 0..2 other than the blank 0");
            assertThatThrownBy(() -> loss.perSample(x, null, manager.create(new long[] {3}, new Shape(1, 1)), null))
                    .hasMessage("target 0, position 0: label 3, expected a class in 0..2 other than the blank 0");
            assertThatThrownBy(() -> loss.perSample(x, manager.create(new int[] {5}),
                    manager.create(new long[] {1}, new Shape(1, 1)), null))
                    .hasMessage("input length of sample 0 is 5, expected 1..4");
            assertThatThrownBy(() -> CtcLoss.builder().optBlank(3).build()
                    .perSample(x, null, manager.create(new long[] {1}, new Shape(1, 1)), null))
                    .hasMessage("blank 3 is not a class of predictions with 3 classes");
        }
    }
}
