package org.scorelab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.nn.cnn.ConvBnLeaky;
import org.scorelab.nn.cnn.ResidualBlock;
import org.scorelab.nn.rnn.BiLstm;
import org.scorelab.nn.rnn.BiSru;
import org.scorelab.nn.rnn.Sru;
import org.scorelab.nn.ctc.CtcLoss;

/**
 * Forward + backward time of a 2-layer BiSRU against a 2-layer BiLSTM of the same size, and of a
 * small residual CNN, with 1 and 2 intra-op threads. The thread count is set at run time with
 * {@code JniUtils.setNumThreads} (the system property {@code ai.djl.pytorch.num_threads} does the
 * same, but is read only once, when the engine starts). Prints a table; run with {@code -Pslow
 * -Dtest=SpeedProbeTest}.
 */
@Tag("slow")
class SpeedProbeTest {

    private static final int REPEATS = 7;

    private static double millis(NDManager parent, Block block, Shape input, int threads) {
        JniUtils.setNumThreads(threads);
        assertThat(JniUtils.getNumThreads()).isEqualTo(threads);
        double[] times = new double[REPEATS + 1];
        for (int r = 0; r < times.length; r++) {
            try (NDManager manager = parent.newSubManager()) {
                NDArray x = manager.randomNormal(input);
                long start = System.nanoTime();
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray y = block.forward(new ParameterStore(manager, false), new NDList(x), true).head();
                    collector.backward(y.mean());
                }
                times[r] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] measured = Arrays.copyOfRange(times, 1, times.length); // the first run warms up
        Arrays.sort(measured);
        // the minimum: on a shared machine the other runs measure the neighbours as well
        return measured[0];
    }

    private static String row(NDManager manager, String name, Supplier<Block> factory, Shape input) {
        Block block = factory.get();
        block.initialize(manager, DataType.FLOAT32, input);
        double one = millis(manager, block, input, 1);
        double two = millis(manager, block, input, 2);
        return String.format(Locale.ROOT, "%-44s %9.1f %9.1f %7.2f", name, one, two, one / two);
    }

    @Test
    void ctcLoss() {
        Engine.getInstance(); // loads the native library that JniUtils calls
        JniUtils.setNumThreads(1);
        CtcLoss loss = CtcLoss.create();
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int classes : new int[] {100, 1000}) {
                double[] times = new double[REPEATS + 1];
                for (int r = 0; r < times.length; r++) {
                    try (NDManager sub = manager.newSubManager()) {
                        NDArray x = sub.randomNormal(new Shape(16, 128, classes));
                        x.setRequiresGradient(true);
                        NDArray targets = sub.randomInteger(1, classes, new Shape(16, 40), DataType.INT64);
                        long start = System.nanoTime();
                        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                            collector.backward(loss.evaluate(new NDList(targets), new NDList(x.logSoftmax(2))));
                        }
                        times[r] = (System.nanoTime() - start) / 1e6;
                    }
                }
                double[] measured = Arrays.copyOfRange(times, 1, times.length);
                Arrays.sort(measured);
                System.out.printf(Locale.ROOT, "CTC loss fwd+bwd N=16 T=128 S=40 C=%d, 1 thread: %.1f ms (min of %d)%n",
                        classes, measured[0], REPEATS);
            }
        }
    }

    @Test
    void sruLoopAgainstScan() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-44s %9s %9s %7s%n", "SRU one layer, fwd+bwd, 1 thread, min of " + REPEATS,
                "loop ms", "scan ms", "ratio"));
        try (NDManager manager = NDManager.newBaseManager()) {
            for (long[] size : new long[][] {{4, 128, 64}, {16, 128, 128}, {4, 512, 64}, {16, 32, 128}}) {
                Shape input = new Shape(size);
                double[] ms = new double[2];
                for (int scan = 0; scan < 2; scan++) {
                    Block block = Sru.builder().setInputSize((int) size[2]).setStateSize((int) size[2])
                            .optParallelScan(scan == 1).build();
                    block.initialize(manager, DataType.FLOAT32, input);
                    ms[scan] = millis(manager, block, input, 1);
                }
                table.append(String.format(Locale.ROOT, "%-44s %9.1f %9.1f %7.2f%n",
                        "N=" + size[0] + " T=" + size[1] + " I=H=" + size[2], ms[0], ms[1], ms[0] / ms[1]));
            }
        }
        System.out.print(table);
    }

    @Test
    void recurrencesAndCnn() {
        int processors = Runtime.getRuntime().availableProcessors();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-44s %9s %9s %7s%n", "forward+backward, min of " + REPEATS,
                "1 thr ms", "2 thr ms", "1/2"));
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape sequence = new Shape(16, 128, 256);
            String sru = row(manager, "BiSRU 2 layers N=16 T=128 I=256 H=128",
                    () -> BiSru.stack(256, 128, 2, 0f), sequence);
            String lstm = row(manager, "BiLSTM 2 layers N=16 T=128 I=256 H=128",
                    () -> BiLstm.stack(256, 128, 2, 0f), sequence);
            String cnn = row(manager, "CNN conv16 + res32/2 + res64/2, 16x1x64x256",
                    () -> new SequentialBlock()
                            .add(ConvBnLeaky.create(16))
                            .add(ResidualBlock.builder().setInChannels(16).setOutChannels(32).optStride(2).build())
                            .add(ResidualBlock.builder().setInChannels(32).setOutChannels(64).optStride(2).build()),
                    new Shape(16, 1, 64, 256));
            table.append(sru).append('\n').append(lstm).append('\n').append(cnn).append('\n');
        }
        System.out.println("machine: " + processors + " processors, " + System.getProperty("os.arch")
                + ", engine " + Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        System.out.print(table);
    }
}
