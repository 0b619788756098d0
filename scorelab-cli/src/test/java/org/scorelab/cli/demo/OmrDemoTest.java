package org.scorelab.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.data.OmrSample;
import org.scorelab.omr.data.OmrVocabulary;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.model.OmrConfig;
import org.scorelab.omr.train.OmrTrainer;
import org.scorelab.omr.train.TrainOptions;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * The OMR part of the demo with a tiny model trained for one step on the bundled staff: it reads
 * nothing useful, but every path runs (staves found on the real images, outputs written, tokens
 * that may not form a tune or fit a format reported instead of failing, a missing engraver
 * reported), without depending on a shipped model.
 */
class OmrDemoTest {

    @TempDir
    Path dir;

    @Test
    void readsBothBundledImagesAndWritesTheirOutputs() throws Exception {
        List<OmrExample> examples = OmrExamples.bundled();
        Path model = dir.resolve("model");
        OmrConfig config = OmrConfig.DEFAULT.withCnn(List.of(4, 8, 8), 1).withRecurrent(8, 1, 0f);
        OmrVocabulary vocabulary = OmrVocabulary.primus(Encoding.SEMANTIC);
        OmrExample staff = examples.get(0);
        StaffImage image = config.normalizer().single(ImageIO.read(new ByteArrayInputStream(staff.png())), staff.name());
        OmrSample sample = new OmrSample(staff.name(), image, staff.truth(), vocabulary.encode(staff.truth(), staff.name()));
        new OmrTrainer(config, new TrainOptions(1, 1, 0.001f, 1, 0, 0, false, 1))
                .train(List.of(sample), List.of(), vocabulary, model, s -> { });

        Path out = dir.resolve("recognition");
        // no Verovio here: engraving the random model's hundreds of notes and multirests takes it half a minute
        WorkerSetup noVerovio = new WorkerSetup("node", dir.resolve("no-verovio"));
        OmrDemo.Report report = new OmrDemo(model, out, "recognition/", noVerovio, 1).run(examples);

        assertThat(report.results()).hasSize(2);
        assertThat(report.results()).extracting(Recognized::staves).containsExactly(1, 10);
        assertThat(report.parameters()).isPositive();
        for (Recognized r : report.results()) {
            String name = r.example().name();
            assertThat(out.resolve(name + ".png")).hasBinaryContent(r.example().png());
            assertThat(out.resolve(name + ".semantic")).exists();
            assertThat(r.files()).startsWith("recognition/" + name + ".png", "recognition/" + name + ".semantic");
            assertThat(r.seconds()).isPositive();
            assertThat(r.again().read()).isPositive();
            assertThat(r.again().network()).isPositive();
            assertThat(r.ser().referenceTokens()).isEqualTo(r.example().truth().size());
            assertThat(r.engraving()).isNull();
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("no engraving of the result: the Verovio worker is not installed"));
            for (String[] output : new String[][] {{"musicxml", "MusicXML"}, {"mid", "MIDI"}, {"wav", "WAV"}}) {
                String file = "recognition/" + name + "." + output[0];
                if (r.files().contains(file)) {
                    assertThat(Files.size(dir.resolve(file))).isPositive();
                } else {
                    assertThat(r.problems()).as(file).anySatisfy(p -> assertThat(p).containsAnyOf("do not form a tune",
                            "no " + output[1] + " of the recognised music: "));
                }
            }
        }
        String html = RecognitionPage.html(report, model.toString());
        assertThat(html).contains("recognition/" + OmrExampleGenerator.STAFF + ".png",
                "recognition/" + OmrExampleGenerator.PAGE + ".png", "10 staves");
    }
}
