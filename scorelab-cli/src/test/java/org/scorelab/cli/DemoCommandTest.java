package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.render.verovio.WorkerSetup;

/** The main job, end to end: bundled tunes in, every kind of output written. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoWritesFormatsImagesAudioAndAPage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(WorkerSetup.locate().isInstalled(),
                "the Verovio worker is not installed (run mvn generate-resources)");
        Path out = dir.resolve("demo");
        Path noModel = dir.resolve("no-omr-model");
        CommandRun run = CommandRun.of("demo", "--out", out.toString(), "--samples", "3", "--model", noModel.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("5/5 OMR skipped: no trained model in " + noModel);
        assertThat(out.resolve("recognition")).doesNotExist();
        for (int x = 2; x <= 4; x++) {
            for (String ext : new String[] {"semantic", "agnostic", "musicxml", "mei", "mid", "abc"}) {
                assertThat(out.resolve("convert/oneills-demo-" + x + "." + ext)).isNotEmptyFile();
            }
            assertThat(Files.size(out.resolve("audio/oneills-demo-" + x + ".wav"))).isGreaterThan(44_100);
            var spectrogram = ImageIO.read(out.resolve("audio/oneills-demo-" + x + ".png").toFile());
            assertThat(spectrogram.getWidth()).isGreaterThan(400);
        }
        for (String kind : new String[] {"clean", "camera"}) {
            for (int i = 0; i < 3; i++) {
                Path png = out.resolve("omr/" + kind + "/000000" + i + ".png");
                var image = ImageIO.read(png.toFile());
                assertThat(image.getHeight()).isBetween(120, 400);
                assertThat(Files.readString(out.resolve("omr/" + kind + "/000000" + i + ".semantic"))).startsWith("clef-");
            }
        }
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page).contains("omr/clean/0000000.png", "omr/camera/0000002.png", "audio/oneills-demo-2.wav",
                "The Little Heathy Hill", "audio/oneills-demo-3.png");
        assertThat(page).contains("OMR skipped: no trained model in " + noModel).doesNotContain("recognition.html");
        assertThat(page).containsPattern("style by its notes: <b>(celtic|english|german|chinese|chorale) \\(\\d+%\\)</b>");
    }
}
