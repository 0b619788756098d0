package org.scorelab.genre.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.io.InvalidInputException;

class MelCnnTest {

    @TempDir
    Path dir;

    private static final MelInput INPUT = new MelInput(22050, 2048, 512, 16, 6000, MelInput.Normalisation.CLIP);

    @Test
    void logitsHaveOneRowPerWindowAndOneColumnPerClassForAnyWidth() {
        MelCnnConfig config = new MelCnnConfig(List.of(4, 8), 0.1, 32, 1, 1, 4, 0.001f, 0, 0, 1);
        try (Model model = Model.newInstance("t"); NDManager m = NDManager.newBaseManager()) {
            SequentialBlock net = MelCnn.create(config, 3);
            model.setBlock(net);
            net.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(2, 1, 16, 32));
            for (int width : new int[] {32, 57}) {
                Shape out = net.forward(new ParameterStore(m, false), new NDList(m.ones(new Shape(5, 1, 16, width))), false)
                        .singletonOrThrow().getShape();
                assertThat(out).isEqualTo(new Shape(5, 3));
            }
        }
        assertThatThrownBy(() -> MelCnn.create(config, 1)).hasMessageContaining("at least 2 classes");
    }

    /**
     * Two classes an image cannot tell apart by level or by one frame: a rising against a falling
     * line of energy (a melodic contour). Held-out images must be told apart.
     */
    private static List<MelCnnTrainer.Example> contours(int n, Random random) {
        List<MelCnnTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean rising = i % 2 == 0;
            float[][] image = new float[16][80];
            int offset = random.nextInt(16);
            for (int t = 0; t < 80; t++) {
                int step = ((t + offset) / 8) % 8;
                int band = 4 + (rising ? step : 7 - step);
                for (int b = 0; b < 16; b++) {
                    image[b][t] = (float) (random.nextGaussian() * 0.5);
                }
                image[band][t] += 3;
            }
            out.add(new MelCnnTrainer.Example(image, rising ? "rising" : "falling"));
        }
        return out;
    }

    @Test
    void learnsAContourTaskAndSavesAndLoadsToTheSameProbabilities() throws Exception {
        MelCnnConfig config = new MelCnnConfig(List.of(8, 16), 0.1, 32, 6, 4, 16, 0.003f, 2, 4, 7);
        Random random = new Random(3);
        List<MelCnnTrainer.Example> train = contours(60, random);
        List<MelCnnTrainer.Example> test = contours(40, random);
        List<String> lines = new ArrayList<>();
        MelCnnTrainer.Result r = new MelCnnTrainer(config, INPUT).train(train, lines::add);
        assertThat(r.epochs()).hasSize(6);
        assertThat(lines).hasSize(6);
        assertThat(r.epochs().get(5).loss()).isLessThan(r.epochs().get(0).loss());
        try (MelCnnModel model = r.model()) {
            assertThat(model.labels()).containsExactly("falling", "rising");
            int right = 0;
            for (MelCnnTrainer.Example e : test) {
                if (model.predict(e.image()).label().equals(e.label())) {
                    right++;
                }
            }
            assertThat(right).as("held-out contours right").isGreaterThanOrEqualTo(36);
            model.save(dir.resolve("m"));
            try (MelCnnModel loaded = MelCnnModel.load(dir.resolve("m"))) {
                assertThat(loaded.config()).isEqualTo(config);
                assertThat(loaded.input()).isEqualTo(INPUT);
                for (MelCnnTrainer.Example e : test.subList(0, 5)) {
                    assertThat(loaded.probabilities(e.image())).containsExactly(model.probabilities(e.image()),
                            org.assertj.core.data.Offset.offset(1e-6));
                }
            }
        }
    }

    @Test
    void aFolderWithoutSettingsIsRefusedNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> MelCnnModel.load(dir.resolve("empty"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mel-cnn.properties");
    }

    @Test
    void trainingNeedsTwoClassesAndImagesOfTheInputsHeight() {
        MelCnnConfig config = new MelCnnConfig(List.of(4), 0, 8, 1, 1, 4, 0.001f, 0, 0, 1);
        MelCnnTrainer trainer = new MelCnnTrainer(config, INPUT);
        assertThatThrownBy(() -> trainer.train(List.of(new MelCnnTrainer.Example(new float[16][20], "a")), s -> { }))
                .hasMessageContaining("at least 2 classes");
        assertThatThrownBy(() -> trainer.train(List.of(new MelCnnTrainer.Example(new float[8][20], "a")), s -> { }))
                .hasMessageContaining("8 bands, expected 16");
    }
}
