package org.scorelab.omr.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.omr.data.NoteSpelling;
import org.scorelab.omr.data.OmrBatch;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.data.SyntheticStaves;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.model.OmrNetwork;

class OmrTrainerTest {

    static final OmrConfig TINY = OmrConfig.DEFAULT.withCnn(List.of(8, 16, 16), 1).withRecurrent(32, 1, 0f).withInput(4, 2);

    @TempDir
    Path dir;

    static List<OmrSample> samples(OmrConfig config, OmrVocabulary v) throws Exception {
        List<OmrSample> out = new ArrayList<>();
        int i = 0;
        for (int[] seq : SyntheticStaves.eight()) {
            List<String> tokens = SyntheticStaves.tokens(seq);
            StaffImage im = config.normalizer().single(SyntheticStaves.staff(seq), "s" + i);
            out.add(new OmrSample("s" + i++, im, tokens, v.encode(tokens, "s")));
        }
        return out;
    }

    /** About 10 to 20 s on the shared machine: 100 single-batch epochs, each with a checkpoint and a plot. */
    @Test
    @Tag("slow")
    void overfitsEightStaves() throws Exception {
        OmrVocabulary v = SyntheticStaves.vocabulary();
        List<OmrSample> data = samples(TINY, v);
        TrainOptions options = new TrainOptions(100, 8, 0.01f, 3, 0, 0, false, 1);
        OmrTrainer.Result r = new OmrTrainer(TINY, options).train(data, data, v, dir, s -> { });
        List<EpochStats> h = r.history();
        assertThat(h).hasSize(100);
        assertThat(h.get(99).trainLoss()).isLessThan(h.get(0).trainLoss() / 10);
        assertThat(h.get(99).validationSer()).isZero();
        List<StaffImage> images = data.stream().map(OmrSample::image).toList();
        try (OmrModel a = OmrModel.load(dir)) {
            assertThat(a.predict(images, 1)).isEqualTo(data.stream().map(OmrSample::tokens).toList());
            assertThat(a.predict(images, 4)).isEqualTo(data.stream().map(OmrSample::tokens).toList());
        }
    }

    @Test
    void writesModelFolderThatLoadsIdenticallyAndResumes() throws Exception {
        OmrVocabulary v = SyntheticStaves.vocabulary();
        List<OmrSample> data = samples(TINY, v);
        TrainOptions options = new TrainOptions(3, 8, 0.01f, 3, 0, 0, false, 1);
        List<String> log = new ArrayList<>();
        OmrTrainer.Result r = new OmrTrainer(TINY, options).train(data, data, v, dir, log::add);
        assertThat(r.history()).hasSize(3);
        assertThat(r.history().get(2).trainLoss()).isLessThan(r.history().get(0).trainLoss());
        assertThat(log.get(0)).startsWith("epoch 1: loss ");
        assertThat(Files.readAllLines(dir.resolve("training.csv"))).hasSize(4)
                .first().isEqualTo("epoch,train_loss,validation_ser,validation_seqer,seconds,images_per_second");
        assertThat(dir.resolve("training.png")).isNotEmptyFile();
        assertThat(dir.resolve("checkpoints/epoch-003.params")).isNotEmptyFile();
        assertThat(dir.resolve("checkpoints/epoch-003.adam")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("provenance.json"))).contains("\"seed\": 3").contains("\"trainSamples\": 8");

        List<StaffImage> images = data.stream().map(OmrSample::image).toList();
        try (OmrModel a = OmrModel.load(dir)) {
            a.save(dir.resolve("copy"));
            try (OmrModel b = OmrModel.load(dir.resolve("copy"))) {
                List<float[][]> x = a.logProbabilities(images);
                List<float[][]> y = b.logProbabilities(images);
                assertThat(x).hasSize(8);
                for (int i = 0; i < x.size(); i++) {
                    assertThat(y.get(i)).isDeepEqualTo(x.get(i));
                }
                assertThat(b.config()).isEqualTo(TINY);
                assertThat(b.predict(images, 1)).isEqualTo(a.predict(images, 1));
            }
        }

        TrainOptions more = new TrainOptions(4, 8, 0.01f, 3, 0, 0, true, 1);
        List<String> log2 = new ArrayList<>();
        OmrTrainer.Result r2 = new OmrTrainer(TINY, more).train(data, data, v, dir, log2::add);
        assertThat(log2.get(0)).isEqualTo("resumed from epoch 3 with its optimizer state (3 steps)");
        assertThat(r2.history()).hasSize(4);
        assertThat(r2.history().subList(0, 3)).isEqualTo(r.history().stream()
                .map(e -> EpochStats.parse(e.csv())).toList());
        // the resumed weights are the trained ones, not fresh ones: the loss goes on from where it was
        assertThat(r2.history().get(3).trainLoss()).isLessThan(r.history().get(0).trainLoss());
    }

    /** Two recurrent layers with dropout between them, so the engine's random generator matters too. */
    static final OmrConfig DROPOUT = TINY.withRecurrent(32, 2, 0.3f);

    /** A network of a config with the weights of a file, as float arrays in parameter order. */
    static List<float[]> weights(OmrConfig config, OmrVocabulary v, Path file) throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            OmrNetwork network = OmrNetwork.create(config, v.classes());
            network.initialize(manager, DataType.FLOAT32, new Shape(1, 1, config.height(), 64), new Shape(1));
            OmrModel.loadWeights(network, manager, file);
            List<float[]> out = new ArrayList<>();
            for (Pair<String, Parameter> p : network.getParameters()) {
                out.add(p.getValue().getArray().toFloatArray());
            }
            return out;
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
    void resumedRunContinuesExactly() throws Exception {
        OmrVocabulary v = SyntheticStaves.vocabulary();
        List<OmrSample> data = samples(DROPOUT, v);
        Path straight = dir.resolve("straight");
        Path resumed = dir.resolve("resumed");
        Path cold = dir.resolve("cold");
        // no validation set: only the weights are compared, and validation would only add time
        OmrTrainer.Result two = new OmrTrainer(DROPOUT, new TrainOptions(2, 4, 0.01f, 3, 0, 0, false, 1))
                .train(data, List.of(), v, straight, s -> { });
        for (Path out : List.of(resumed, cold)) {
            new OmrTrainer(DROPOUT, new TrainOptions(1, 4, 0.01f, 3, 0, 0, false, 1)).train(data, List.of(), v, out,
                    s -> { });
        }
        Files.delete(cold.resolve("checkpoints/epoch-001.adam"));
        List<String> log = new ArrayList<>();
        OmrTrainer.Result again = new OmrTrainer(DROPOUT, new TrainOptions(2, 4, 0.01f, 3, 0, 0, true, 1))
                .train(data, List.of(), v, resumed, log::add);
        List<String> coldLog = new ArrayList<>();
        new OmrTrainer(DROPOUT, new TrainOptions(2, 4, 0.01f, 3, 0, 0, true, 1)).train(data, List.of(), v, cold,
                coldLog::add);

        assertThat(log.get(0)).isEqualTo("resumed from epoch 1 with its optimizer state (2 steps)");
        // two batches an epoch: one progress line after the first
        assertThat(log.get(1)).startsWith("epoch 2: 4 of 8 images, loss ").endsWith(" images/s");
        assertThat(log.get(2)).startsWith("epoch 2: loss ");
        assertThat(coldLog.get(0))
                .isEqualTo("resumed from epoch 1 with a fresh optimizer: the checkpoint has no epoch-001.adam");
        List<float[]> expected = weights(DROPOUT, v, straight.resolve(OmrModel.WEIGHTS));
        assertThat(maxDifference(expected, weights(DROPOUT, v, resumed.resolve(OmrModel.WEIGHTS))))
                .isLessThanOrEqualTo(1e-5);
        assertThat(again.history().get(1).trainLoss()).isCloseTo(two.history().get(1).trainLoss(), within(1e-6));
        // a fresh optimizer lands elsewhere, so the comparison above can fail
        assertThat(maxDifference(expected, weights(DROPOUT, v, cold.resolve(OmrModel.WEIGHTS))))
                .isGreaterThan(1e-4);
    }

    @Test
    void optimizerStateOfAnotherNetworkIsRefused() throws Exception {
        OmrVocabulary v = SyntheticStaves.vocabulary();
        List<OmrSample> data = samples(TINY, v);
        OmrConfig wider = TINY.withRecurrent(24, 1, 0f);
        TrainOptions one = new TrainOptions(1, 8, 0.01f, 3, 0, 0, false, 1);
        new OmrTrainer(TINY, one).train(data, data, v, dir.resolve("a"), s -> { });
        new OmrTrainer(wider, one).train(data, data, v, dir.resolve("b"), s -> { });
        Path state = dir.resolve("b/checkpoints/epoch-001.adam");
        Files.copy(dir.resolve("a/checkpoints/epoch-001.adam"), state, StandardCopyOption.REPLACE_EXISTING);
        TrainOptions more = new TrainOptions(2, 8, 0.01f, 3, 0, 0, true, 1);
        assertThatThrownBy(() -> new OmrTrainer(wider, more).train(data, data, v, dir.resolve("b"), s -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(state + ": parameter '")
                .hasMessageContaining("does not match the network's");
    }

    @Test
    void missingModelIsNamed() {
        assertThatThrownBy(() -> OmrModel.load(dir)).hasMessageContaining(dir.toString())
                .hasMessageContaining("no weights.params");
        assertThat(OmrModel.exists(dir)).isFalse();
    }

    @Test
    void startsFromAnotherModelsWeightsWithNewOutputClassesAppended() throws Exception {
        OmrVocabulary v = SyntheticStaves.vocabulary();
        List<OmrSample> data = samples(TINY, v);
        Path first = dir.resolve("first");
        new OmrTrainer(TINY, new TrainOptions(2, 8, 0.01f, 3, 0, 0, false, 1)).train(data, List.of(), v, first, s -> { });
        // the printed spelling appends three accidental classes
        OmrConfig printed = TINY.withSpelling(NoteSpelling.PRINTED);
        OmrVocabulary pv = v.withSpelling(NoteSpelling.PRINTED);
        List<String> log = new ArrayList<>();
        new OmrTrainer(printed, new TrainOptions(1, 8, 0.01f, 3, 0, 0, false, 1, 0.01f, 1, first))
                .train(samples(printed, pv), List.of(), pv, dir.resolve("second"), log::add);
        assertThat(log).anyMatch(l -> l.contains("started from the weights of " + first));
        // the copy itself, before any training step (which would move the batch norm statistics)
        List<StaffImage> images = data.stream().map(OmrSample::image).toList();
        try (OmrModel a = OmrModel.load(first); ai.djl.Model m = ai.djl.Model.newInstance("copy")) {
            OmrNetwork net = OmrNetwork.create(printed, pv.classes());
            m.setBlock(net);
            net.initialize(m.getNDManager(), DataType.FLOAT32, new Shape(1, 1, printed.height(), 64), new Shape(1));
            a.copyWeightsInto(net, first.toString());
            for (int i = 0; i < images.size(); i++) {
                float[][] x = a.logProbabilities(List.of(images.get(i))).get(0); // a batch of one, as below
                OmrBatch.Images in = OmrBatch.images(m.getNDManager(), List.of(images.get(i)), OmrNetwork::steps);
                float[] y = net.forward(new ParameterStore(m.getNDManager(), false), new NDList(in.pixels(), in.steps()),
                        false).get(0).toFloatArray();
                int classes = pv.classes();
                assertThat(y.length % classes).isZero();
                for (int t = 0; t < x.length; t++) {
                    for (int c = 1; c < a.vocabulary().classes(); c++) {
                        // the same logits: equal log-probabilities up to the normalisation of each step
                        assertThat(y[t * classes + c] - y[t * classes]).isCloseTo(x[t][c] - x[t][0], within(1e-4f));
                    }
                }
            }
        }
        OmrConfig wider = TINY.withRecurrent(48, 1, 0f);
        assertThatThrownBy(() -> new OmrTrainer(wider, new TrainOptions(1, 8, 0.01f, 3, 0, 0, false, 1, 0.01f, 1,
                first)).train(samples(wider, v), List.of(), v, dir.resolve("third"), s -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(first.toString())
                .hasMessageContaining("does not fit");
        // the same classes in another order would read every output as another token
        List<String> swapped = new ArrayList<>(v.tokens());
        Collections.swap(swapped, 1, 2);
        OmrVocabulary reordered = OmrVocabulary.of(swapped);
        assertThatThrownBy(() -> new OmrTrainer(TINY, new TrainOptions(1, 8, 0.01f, 3, 0, 0, false, 1, 0.01f, 1,
                first)).train(samples(TINY, reordered), List.of(), reordered, dir.resolve("fourth"), s -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(first.toString())
                .hasMessageContaining("its tokens are not the first ones of this run's vocabulary");
    }
}
