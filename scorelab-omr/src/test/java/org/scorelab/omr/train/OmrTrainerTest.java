package org.scorelab.omr.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.data.SyntheticStaves;
import org.scorelab.omr.model.OmrConfig;

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
        assertThat(log2.get(0)).isEqualTo("resumed from epoch 3");
        assertThat(r2.history()).hasSize(4);
        assertThat(r2.history().subList(0, 3)).isEqualTo(r.history().stream()
                .map(e -> EpochStats.parse(e.csv())).toList());
        // the resumed weights are the trained ones, not fresh ones: the loss goes on from where it was
        assertThat(r2.history().get(3).trainLoss()).isLessThan(r.history().get(0).trainLoss());
    }

    @Test
    void missingModelIsNamed() {
        assertThatThrownBy(() -> OmrModel.load(dir)).hasMessageContaining(dir.toString())
                .hasMessageContaining("no weights.params");
        assertThat(OmrModel.exists(dir)).isFalse();
    }
}
