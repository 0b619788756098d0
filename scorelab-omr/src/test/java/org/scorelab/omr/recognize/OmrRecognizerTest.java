package org.scorelab.omr.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.formats.Format;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.data.SyntheticStaves;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.train.OmrModel;
import org.scorelab.omr.train.OmrTrainer;
import org.scorelab.omr.train.TrainOptions;

class OmrRecognizerTest {

    @TempDir
    Path dir;

    @Test
    void joinDropsCourtesySignsOfLaterStavesOnly() {
        List<String> a = List.of("clef-G2", "keySignature-DM", "timeSignature-3/4", "note-D5_quarter", "barline");
        List<String> b = List.of("clef-G2", "keySignature-DM", "note-E5_half", "barline");
        List<String> c = List.of("clef-F4", "keySignature-DM", "timeSignature-2/4", "rest-half", "barline");
        assertThat(OmrRecognizer.join(List.of(a, b, c), Encoding.SEMANTIC)).containsExactly(
                "clef-G2", "keySignature-DM", "timeSignature-3/4", "note-D5_quarter", "barline",
                "note-E5_half", "barline",
                "clef-F4", "timeSignature-2/4", "rest-half", "barline");
        assertThat(OmrRecognizer.line(List.of("clef-G2", "barline"))).isEqualTo("clef-G2\tbarline\t");
    }

    @Test
    void pageOfTwoStavesIsReadTopToBottomAndBadImagesAreNamed() throws Exception {
        OmrConfig config = OmrConfig.DEFAULT.withCnn(List.of(4, 8, 8), 1).withRecurrent(8, 1, 0f).withInput(4, 2);
        OmrVocabulary v = SyntheticStaves.vocabulary();
        List<OmrSample> data = new ArrayList<>();
        int[] seq = {1, 2};
        StaffImage im = config.normalizer().single(SyntheticStaves.staff(seq), "s");
        data.add(new OmrSample("s", im, SyntheticStaves.tokens(seq), v.encode(SyntheticStaves.tokens(seq), "s")));
        new OmrTrainer(config, new TrainOptions(1, 1, 0.001f, 1, 0, 0, false, 1)).train(data, List.of(), v, dir, s -> { });
        try (OmrModel model = OmrModel.load(dir)) {
            OmrRecognizer r = new OmrRecognizer(model, 2);
            BufferedImage top = SyntheticStaves.staff(new int[] {0, 1, 2});
            BufferedImage bottom = SyntheticStaves.staff(new int[] {3, 4});
            BufferedImage page = new BufferedImage(top.getWidth(), top.getHeight() * 2, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = page.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.drawImage(top, 0, 0, null);
            g.drawImage(bottom, 0, top.getHeight(), null);
            g.dispose();
            OmrRecognizer.Page p = r.recognize(page, "page.png");
            assertThat(p.staves()).hasSize(2);
            String semantic = new String(r.write(p, Format.SEMANTIC), StandardCharsets.UTF_8);
            assertThat(semantic).isEqualTo(OmrRecognizer.line(p.tokens()));
            Path notImage = dir.resolve("notes.png");
            Files.writeString(notImage, "this is text");
            assertThatThrownBy(() -> r.recognize(notImage)).hasMessageContaining("notes.png");
            BufferedImage text = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D t = text.createGraphics();
            t.setColor(Color.WHITE);
            t.fillRect(0, 0, 400, 200);
            t.setColor(Color.BLACK);
            t.drawString("no music here", 20, 100);
            t.dispose();
            assertThatThrownBy(() -> r.recognize(text, "text.png")).hasMessageContaining("text.png")
                    .hasMessageContaining("found no five-line staff");
        }
    }

    @Test
    void recognizeAllKeepsInputOrderAndFailuresInPlaceWithWorkerThreads() throws Exception {
        OmrConfig config = OmrConfig.DEFAULT.withCnn(List.of(4, 8, 8), 1).withRecurrent(8, 1, 0f).withInput(4, 2);
        OmrVocabulary v = SyntheticStaves.vocabulary();
        int[] seq = {1, 2};
        StaffImage im = config.normalizer().single(SyntheticStaves.staff(seq), "s");
        List<OmrSample> data = List.of(new OmrSample("s", im, SyntheticStaves.tokens(seq),
                v.encode(SyntheticStaves.tokens(seq), "s")));
        Path modelDir = dir.resolve("model");
        new OmrTrainer(config, new TrainOptions(1, 1, 0.001f, 1, 0, 0, false, 1)).train(data, List.of(), v, modelDir,
                s -> { });
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path p = dir.resolve("staff-" + i + ".png");
            javax.imageio.ImageIO.write(SyntheticStaves.staff(new int[] {i % 4, (i + 1) % 4, 2}), "png", p.toFile());
            images.add(p);
        }
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not an image");
        images.add(2, broken);
        try (OmrModel model = OmrModel.load(modelDir)) {
            OmrRecognizer r = new OmrRecognizer(model, 1);
            List<OmrRecognizer.Outcome> sequential = new ArrayList<>();
            r.recognizeAll(images, 0, sequential::add);
            List<OmrRecognizer.Outcome> pooled = new ArrayList<>();
            r.recognizeAll(images, 2, pooled::add);
            assertThat(pooled).extracting(OmrRecognizer.Outcome::image).containsExactlyElementsOf(images);
            assertThat(sequential).extracting(OmrRecognizer.Outcome::image).containsExactlyElementsOf(images);
            for (int i = 0; i < images.size(); i++) {
                OmrRecognizer.Outcome a = sequential.get(i);
                OmrRecognizer.Outcome b = pooled.get(i);
                if (i == 2) {
                    assertThat(b.page()).isNull();
                    assertThat(b.failure().getMessage()).contains("broken.png");
                    assertThat(a.failure().getMessage()).isEqualTo(b.failure().getMessage());
                } else {
                    assertThat(b.failure()).isNull();
                    assertThat(b.page().staves()).hasSize(1);
                    assertThat(b.page().tokens()).isEqualTo(a.page().tokens())
                            .isEqualTo(r.recognize(images.get(i)).tokens());
                }
            }
            assertThatThrownBy(() -> r.recognizeAll(images, -1, o -> { }))
                    .hasMessage("workers must be in 0..64, was -1");
        }
    }
}
