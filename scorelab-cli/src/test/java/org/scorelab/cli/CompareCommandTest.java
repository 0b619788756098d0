package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.audio.AudioClip;
import org.scorelab.audio.wav.WavWriter;

class CompareCommandTest {

    @TempDir
    Path dir;

    private static double number(String out, String label) {
        Matcher m = Pattern.compile(label + ":\\s+([0-9.]+)").matcher(out);
        assertThat(m.find()).as(label + " in " + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private Path noise(String name, float gain, int samples) throws Exception {
        java.util.Random r = new java.util.Random(4);
        float[] x = new float[samples];
        for (int i = 0; i < x.length; i++) {
            x[i] = gain * (float) (0.4 * (2 * r.nextDouble() - 1));
        }
        Path p = dir.resolve(name);
        WavWriter.write(p, AudioClip.mono(x, 22050));
        return p;
    }

    @Test
    void aFileAgainstItselfIsZeroAndAHalfAmplitudeCopyIsSixDecibels() throws Exception {
        Path a = noise("a.wav", 1f, 22050);
        Path half = noise("half.wav", 0.5f, 22050);
        CommandRun same = CommandRun.of("compare", a.toString(), a.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(number(same.out(), "log-spectral distance")).isZero();
        assertThat(number(same.out(), "spectral convergence")).isZero();
        assertThat(number(same.out(), "mel-cepstral distance")).isZero();

        Path png = dir.resolve("cmp.png");
        CommandRun scaled = CommandRun.of("compare", a.toString(), half.toString(), "--plot", png.toString());
        assertThat(scaled.exitCode()).as(scaled.err()).isZero();
        // 16-bit rounding of the two files moves the numbers in the fourth decimal.
        assertThat(number(scaled.out(), "log-spectral distance")).isBetween(6.0, 6.04);
        assertThat(number(scaled.out(), "spectral convergence")).isBetween(0.499, 0.501);
        assertThat(number(scaled.out(), "mel-cepstral distance")).isLessThan(0.05);
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void anAbcTuneAgainstItsOwnMidiIsCloseAndAgainstAnotherTuneIsFar() throws Exception {
        Path abc = dir.resolve("tune.abc");
        Files.writeString(abc, "X:1\nT:T\nM:4/4\nL:1/8\nQ:1/4=140\nK:G\nGABc dBGB|cABG A4|]\n");
        Path other = dir.resolve("other.abc");
        Files.writeString(other, "X:1\nT:O\nM:4/4\nL:1/8\nQ:1/4=140\nK:G\nd2gf edcB|A2dc BAGF|]\n");
        Path mid = dir.resolve("tune.mid");
        assertThat(CommandRun.of("convert", abc.toString(), "--to", "midi", "--out", dir.toString()).exitCode()).isZero();
        Files.move(dir.resolve("tune-1.mid"), mid);
        CommandRun same = CommandRun.of("compare", abc.toString(), mid.toString());
        assertThat(same.exitCode()).as(same.err()).isZero();
        CommandRun different = CommandRun.of("compare", abc.toString(), other.toString());
        assertThat(different.exitCode()).as(different.err()).isZero();
        assertThat(number(same.out(), "log-spectral distance")).isLessThan(1);
        assertThat(number(different.out(), "log-spectral distance")).isGreaterThan(5);
        assertThat(number(different.out(), "mel-cepstral distance")).isGreaterThan(number(same.out(), "mel-cepstral distance") + 5);
    }

    @Test
    void bothBadInputsAreNamed() throws Exception {
        Path text = dir.resolve("words.wav");
        Files.writeString(text, "hello");
        Path pdf = dir.resolve("score.pdf");
        Files.writeString(pdf, "%PDF");
        CommandRun run = CommandRun.of("compare", text.toString(), pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("2 input(s) failed").contains(text + ": not a WAV file")
                .contains(pdf + ": unknown file type '.pdf'");
        assertThat(run.out()).doesNotContain("distance");
    }

    @Test
    void lengthsThatDifferAreReported() throws Exception {
        Path a = noise("a.wav", 1f, 22050);
        Path b = noise("b.wav", 1f, 11025);
        CommandRun run = CommandRun.of("compare", a.toString(), b.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("lengths differ: compared the first 22 frames");
    }

    @Test
    void dtwRealignsATuneThatStartsLate() throws Exception {
        Path tune = dir.resolve("tune.abc");
        Files.writeString(tune, "X:1\nT:T\nM:4/4\nL:1/8\nQ:1/4=140\nK:G\nGABc dBGB|cABG A4|]\n");
        Path late = dir.resolve("late.abc");
        Files.writeString(late, "X:1\nT:T\nM:4/4\nL:1/8\nQ:1/4=140\nK:G\nz2 GABc dBGB|cABG A4|]\n");
        CommandRun cut = CommandRun.of("compare", tune.toString(), late.toString());
        CommandRun dtw = CommandRun.of("compare", tune.toString(), late.toString(), "--align", "dtw");
        assertThat(dtw.exitCode()).as(dtw.err()).isZero();
        assertThat(dtw.out()).containsPattern("aligned by DTW: \\d+ frame pairs");
        assertThat(number(dtw.out(), "mel-cepstral distance")).isLessThan(number(cut.out(), "mel-cepstral distance") / 2);
        CommandRun bad = CommandRun.of("compare", "a.wav", "b.wav", "--align", "stretch");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("unknown alignment 'stretch', expected truncate or dtw");
    }
}
