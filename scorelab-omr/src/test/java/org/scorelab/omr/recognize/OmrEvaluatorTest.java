package org.scorelab.omr.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.OmrDataset;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.data.SyntheticStaves;
import org.scorelab.omr.eval.SymbolErrorRate;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.train.OmrModel;
import org.scorelab.omr.train.OmrTrainer;
import org.scorelab.omr.train.TrainOptions;

/** A data set folder end to end: train from the folder, provenance, then evaluation of a split. */
class OmrEvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void trainsFromFolderRecordsProvenanceAndEvaluatesSplit() throws Exception {
        Path data = dir.resolve("data");
        SyntheticStaves.writeFolder(data, SyntheticStaves.eight(), "train");
        OmrConfig config = OmrConfig.DEFAULT.withCnn(List.of(4, 8, 8), 1).withRecurrent(8, 1, 0f).withInput(4, 2);
        Path out = dir.resolve("model");
        OmrTrainer.Result r = new OmrTrainer(config, new TrainOptions(1, 4, 0.001f, 5, 0, 0, false, 1))
                .train(data, out, s -> { });
        assertThat(r.provenance().trainSamples()).isEqualTo(8);
        assertThat(r.provenance().validationSamples()).isZero();
        assertThat(r.provenance().manifestSha256()).matches("[0-9a-f]{64}");
        assertThat(r.provenance().data()).isEqualTo(data.toAbsolutePath().normalize().toString());
        assertThat(Files.readString(out.resolve("provenance.json"))).contains(r.provenance().manifestSha256());
        try (OmrModel model = OmrModel.load(out)) {
            OmrEvaluator.Result e = new OmrEvaluator(model, 1).evaluate(data, "train", 0, 2);
            assertThat(e.rate().samples()).isEqualTo(8);
            assertThat(e.failures()).isEmpty();
            OmrDataset d = OmrDataset.load(data, "train", Encoding.SEMANTIC, model.vocabulary(), config.normalizer(), 0, 1);
            SymbolErrorRate expected = SymbolErrorRate.of(d.samples().stream().map(OmrSample::tokens).toList(),
                    model.predict(d.samples().stream().map(OmrSample::image).toList(), 1));
            assertThat(e.rate()).isEqualTo(expected);
            assertThat(e.rate().referenceTokens()).isEqualTo(8 + 1 + 2 + 3 + 4 + 1 + 3 + 2 + 4);
            assertThat(new OmrEvaluator(model, 1).evaluate(data, "test", 0, 1).rate()).isEqualTo(SymbolErrorRate.EMPTY);
        }
    }

    @Test
    void trainsFromSeveralFoldersTogetherAndRecordsEach() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SyntheticStaves.writeFolder(a, SyntheticStaves.eight(), "train");
        SyntheticStaves.writeFolder(b, java.util.Arrays.copyOf(SyntheticStaves.eight(), 3), "train");
        OmrConfig config = OmrConfig.DEFAULT.withCnn(List.of(4, 8, 8), 1).withRecurrent(8, 1, 0f).withInput(4, 2);
        Path out = dir.resolve("model");
        OmrTrainer.Result r = new OmrTrainer(config, new TrainOptions(1, 4, 0.001f, 5, 0, 0, false, 1))
                .train(List.of(a, b), out, s -> { });
        assertThat(r.provenance().trainSamples()).isEqualTo(11);
        assertThat(r.provenance().data().split(";")).containsExactly(a.toAbsolutePath().normalize().toString(),
                b.toAbsolutePath().normalize().toString());
        assertThat(r.provenance().manifestSha256()).matches("[0-9a-f]{64};[0-9a-f]{64}");
        OmrTrainer.Result limited = new OmrTrainer(config, new TrainOptions(1, 4, 0.001f, 5, 4, 0, false, 1))
                .train(List.of(a, b), dir.resolve("limited"), s -> { });
        assertThat(limited.provenance().trainSamples()).as("the limit is shared out: 2 from each folder").isEqualTo(4);
    }
}
