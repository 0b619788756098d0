package org.scorelab.nn.ctc;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.nn.rnn.BiSru;

/** The pieces together in a DJL Trainer: a BiSRU + linear + CTC network learns four label sequences. */
class CtcTrainingTest {

    @Test
    void biSruWithCtcMemorisesFourSequences() {
        Engine.getInstance().setRandomSeed(17);
        CtcLoss loss = CtcLoss.create();
        try (NDManager manager = NDManager.newBaseManager();
                Model model = Model.newInstance("ctc-toy")) {
            model.setBlock(new SequentialBlock()
                    .add(BiSru.stack(6, 16, 2, 0f))
                    .add(Linear.builder().setUnits(4).build())
                    .add(new LambdaBlock(list -> new NDList(list.head().logSoftmax(2)))));
            DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.03f)).build());
            try (Trainer trainer = model.newTrainer(config)) {
                Shape input = new Shape(4, 10, 6);
                trainer.initialize(input);
                NDArray x = manager.randomNormal(input);
                NDArray targets = manager.create(new long[] {1, 2, 0, 3, 0, 0, 2, 2, 0, 3, 1, 2}, new Shape(4, 3));
                NDArray lengths = manager.create(new int[] {2, 1, 2, 3});
                NDList labels = new NDList(targets, lengths);
                float first = 0;
                float last = 0;
                for (int step = 0; step < 80; step++) {
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray value = loss.evaluate(labels, trainer.forward(new NDList(x)));
                        last = value.getFloat();
                        if (step == 0) {
                            first = last;
                        }
                        collector.backward(value);
                    }
                    trainer.step();
                }
                assertThat(last).isLessThan(first / 10);
                NDArray logProbs = trainer.evaluate(new NDList(x)).head();
                List<int[]> decoded = CtcDecoder.create().greedy(logProbs, null);
                assertThat(decoded.get(0)).containsExactly(1, 2);
                assertThat(decoded.get(1)).containsExactly(3);
                assertThat(decoded.get(2)).containsExactly(2, 2);
                assertThat(decoded.get(3)).containsExactly(3, 1, 2);
            }
        }
    }
}
