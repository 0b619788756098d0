package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.wav.WavWriter;

class SpectrogramCommandTest {

    @TempDir
    Path dir;

    static Path sineWav(Path file, double hz, double amplitude, int rate, double seconds) throws Exception {
        float[] x = new float[(int) (rate * seconds)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        WavWriter.write(file, AudioClip.mono(x, rate));
        return file;
    }

    @Test
    void csvHasOneRowPerFrameAndTheToneInItsBin() throws Exception {
        Path wav = sineWav(dir.resolve("a440.wav"), 440, 0.5, 44100, 1.0);
        Path csv = dir.resolve("a440.csv");
        CommandRun run = CommandRun.of("spectrogram", wav.toString(), "--out", csv.toString(), "--n-fft", "1024", "--hop", "256");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        // 1 s resampled to 22050 Hz, centred frames every 256 samples: 1 + 22050 / 256 = 87 frames.
        assertThat(lines).hasSize(1 + 87);
        String[] header = lines.get(0).split(",");
        assertThat(header).hasSize(1 + 513);
        assertThat(header[0]).isEqualTo("time_s");
        assertThat(header[1]).isEqualTo("hz_0.000");
        assertThat(header[21]).isEqualTo("hz_430.664");
        String[] mid = lines.get(40).split(",");
        int best = 1;
        for (int k = 1; k < mid.length; k++) {
            if (Double.parseDouble(mid[k]) > Double.parseDouble(mid[best])) {
                best = k;
            }
        }
        // 440 Hz / (22050 / 1024) = 20.43: bin 20, column 21.
        assertThat(best).isEqualTo(21);
        assertThat(run.out()).contains("a440.wav: 1.00 s, 87 frames x 513 bins");
    }

    @Test
    void melPngOfAnAbcTuneAndOfAWav() throws Exception {
        Path abc = dir.resolve("tune.abc");
        Files.writeString(abc, "X:1\nT:T\nM:4/4\nL:1/8\nQ:1/4=160\nK:D\nDFAd fdAF|GBdg bgdB|]\n");
        Path wav = sineWav(dir.resolve("tone.wav"), 1000, 0.3, 16000, 0.5);
        Path png = dir.resolve("spec.png");
        CommandRun run = CommandRun.of("spectrogram", abc.toString(), wav.toString(), "--out", png.toString(), "--mel", "64",
                "--window", "hamming");
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage tune = ImageIO.read(dir.resolve("spec-tune.png").toFile());
        assertThat(tune.getWidth()).isGreaterThan(960);
        assertThat(dir.resolve("spec-tone.png")).exists();
        assertThat(run.out()).contains("x 64 mel bands");
    }

    @Test
    void badInputsAreNamedAndTheOthersStillWritten() throws Exception {
        Path good = sineWav(dir.resolve("good.wav"), 440, 0.5, 22050, 0.5);
        Path text = dir.resolve("text.wav");
        Files.writeString(text, "not audio");
        Path silent = sineWav(dir.resolve("silent.wav"), 440, 0, 22050, 0.5);
        Path blip = sineWav(dir.resolve("blip.wav"), 440, 0.5, 22050, 0.01);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.wav");
        Files.write(cut, java.util.Arrays.copyOf(bytes, 1000));
        Path out = dir.resolve("s.csv");
        CommandRun run = CommandRun.of("spectrogram", text.toString(), silent.toString(), good.toString(), blip.toString(),
                cut.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(dir.resolve("s-good.csv")).exists();
        assertThat(dir.resolve("s-text.csv")).doesNotExist();
        assertThat(run.err()).contains("4 input(s) failed")
                .contains(text + ": not a WAV file")
                .contains(silent + ": silent: peak level 0 (digital silence), below -100 dBFS")
                .contains(blip + ": too short: 220 samples (0.010 s at 22050 Hz), need at least 2048")
                .contains(cut + ": data: truncated file: the data chunk declares 11025 frames, found 478");
    }

    @Test
    void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws Exception {
        Path wav = sineWav(dir.resolve("tune.wav"), 440, 0.5, 22050, 0.5);
        Path abc = dir.resolve("tune.abc");
        Files.writeString(abc, "X:1\nT:T\nM:2/4\nL:1/8\nK:C\nCDEF|G4|]\n");
        CommandRun run = CommandRun.of("spectrogram", wav.toString(), abc.toString(), "--out", dir.resolve("s.png").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains(abc + ": its output " + dir.resolve("s-tune.png") + " is already taken");
        assertThat(dir.resolve("s-tune.png")).exists();
    }

    @Test
    void usageErrorsAndHelp() {
        CommandRun badExt = CommandRun.of("spectrogram", "a.wav", "--out", "a.jpg");
        assertThat(badExt.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badExt.err()).contains("--out must end in .png or .csv, was 'a.jpg'");
        CommandRun badFft = CommandRun.of("spectrogram", "a.wav", "--out", "a.png", "--n-fft", "1000");
        assertThat(badFft.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badFft.err()).contains("nFft must be a power of two in 16..65536, was 1000");
        CommandRun badWindow = CommandRun.of("spectrogram", "a.wav", "--out", "a.png", "--window", "kaiser");
        assertThat(badWindow.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badWindow.err()).contains("window must be one of hann, hamming, rect, was 'kaiser'");
        CommandRun help = CommandRun.of("spectrogram", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("(default: 2048)").contains("(default: 512)").contains("hann, hamming, rect (default: hann)")
                .contains("(default: 22050)").contains("--mel=N");
    }
}
