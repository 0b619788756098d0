package org.scorelab.omr.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.nn.ctc.CtcLoss;
import org.scorelab.nn.rnn.Cell;

/**
 * Training images/s and inference staves/s of the default network and its ablations, one PyTorch
 * thread, on batches shaped like the data set's staves: 16 x 1 x 80 x 560 (a 1254 px wide PrIMuS-like
 * image at interline 18 is about 560 px at interline 8), 30 tokens each, the PrIMuS semantic
 * vocabulary size. Each number is the best of 4 timed batches after one warm-up (the machine is
 * shared). Run with {@code -Pslow -Dtest=OmrSpeedTest}.
 */
@Tag("slow")
class OmrSpeedTest {
    static final int N = 16;
    static final int W = 560;
    static final int CLASSES = 1782;

    @Test
    void speeds() {
        Engine.getInstance();
        JniUtils.setNumThreads(1);
        Map<String, OmrConfig> configs = new LinkedHashMap<>();
        configs.put("default (16-32-64, residual, fusion, BiSRU 2x128)", OmrConfig.DEFAULT);
        configs.put("no fusion", OmrConfig.DEFAULT.withFusion(false));
        configs.put("plain CNN (no residual)", OmrConfig.DEFAULT.withResidual(false));
        configs.put("BiLSTM 2x128", OmrConfig.DEFAULT.withCell(Cell.LSTM));
        configs.put("small (8-16-32, BiSRU 2x96)", OmrConfig.DEFAULT.withCnn(List.of(8, 16, 32), 1).withRecurrent(96, 2, 0.2f));
        configs.put("default again (the first row also pays the warm-up of the engine)", OmrConfig.DEFAULT);
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, OmrConfig> e : configs.entrySet()) {
            double[] r = measure(e.getValue());
            report.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.1f |%n", e.getKey(), r[0], r[1], r[2]));
            assertThat(r[1]).isPositive();
        }
        System.out.println("| config | parameters | train images/s | inference staves/s |");
        System.out.print(report);
    }

    private static double[] measure(OmrConfig config) {
        CtcLoss loss = CtcLoss.create();
        try (Model model = Model.newInstance("speed"); NDManager m = NDManager.newBaseManager()) {
            OmrNetwork net = OmrNetwork.create(config, CLASSES);
            model.setBlock(net);
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(loss).optOptimizer(Optimizer.adam().build()))) {
                Shape x = new Shape(N, 1, config.height(), W);
                trainer.initialize(x, new Shape(N));
                long params = 0;
                for (Pair<String, Parameter> p : net.getParameters()) {
                    params += p.getValue().getArray().size();
                }
                NDArray images = m.randomUniform(0, 1, x);
                int[] steps = new int[N];
                java.util.Arrays.fill(steps, OmrNetwork.steps(W));
                NDArray st = m.create(steps);
                NDArray targets = m.randomInteger(1, CLASSES, new Shape(N, 30), DataType.INT32);
                NDArray tl = m.full(new Shape(N), 30);
                double bestTrain = Double.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    long t0 = System.nanoTime();
                    try (GradientCollector gc = trainer.newGradientCollector()) {
                        NDArray v = loss.evaluate(new NDList(targets, tl), trainer.forward(new NDList(images, st)));
                        gc.backward(v);
                    }
                    trainer.step();
                    if (i > 0) {
                        bestTrain = Math.min(bestTrain, (System.nanoTime() - t0) / 1e9);
                    }
                }
                NDArray eightImages = images.get("0:8");
                NDArray eightSteps = st.get("0:8");
                double bestInfer = Double.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    long t0 = System.nanoTime();
                    try (NDManager sub = m.newSubManager()) {
                        NDList out = net.forward(new ParameterStore(sub, false), new NDList(eightImages, eightSteps), false);
                        out.get(0).toFloatArray();
                    }
                    if (i > 0) {
                        bestInfer = Math.min(bestInfer, (System.nanoTime() - t0) / 1e9);
                    }
                }
                return new double[] {params, N / bestTrain, 8 / bestInfer};
            }
        }
    }
}
