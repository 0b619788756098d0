package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OmrCommandsTest {

    @TempDir
    Path dir;

    @Test
    void recognizeWithoutModelSaysHowToTrainOne() {
        CommandRun r = CommandRun.of("recognize", "--model", dir.toString(), "page.png");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("no trained OMR model in " + dir).contains("The shipped one is models/omr")
                .contains("./scorelab train omr --data omr-data --out " + dir + " --channels 8,16,32 --hidden 96");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheValue() {
        CommandRun f = CommandRun.of("recognize", "--model", dir.toString(), "--format", "pdf", "page.png");
        assertThat(f.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(f.err()).contains("--format must be semantic, agnostic, musicxml, mei, midi or abc, was 'pdf'");
        CommandRun h = CommandRun.of("train", "omr", "--data", dir.toString(), "--out", dir.resolve("m").toString(),
                "--hidden", "0");
        assertThat(h.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(h.err()).contains("hidden must be in 1..2048, was 0");
        CommandRun d = CommandRun.of("train", "omr", "--data", dir.toString(), "--out", dir.resolve("m").toString());
        assertThat(d.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(d.err()).contains("no manifest.csv there");
        assertThat(Files.exists(dir.resolve("m"))).isFalse();
        CommandRun s = CommandRun.of("train", "omr", "--data", dir.toString(), "--out", dir.resolve("m").toString(),
                "--spelling", "written");
        assertThat(s.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(s.err()).contains("spelling must be sounding, printed or printed-digits, was 'written'");
        CommandRun i = CommandRun.of("train", "omr", "--data", dir.toString(), "--out", dir.resolve("m").toString(),
                "--init-from", dir.resolve("none").toString());
        assertThat(i.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(i.err()).contains("--init-from " + dir.resolve("none") + ": no trained model there");
        CommandRun a = CommandRun.of("train", "omr", "--data", dir.toString(), "--out", dir.resolve("m").toString(),
                "--encoding", "agnostic", "--spelling", "printed");
        assertThat(a.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(a.err()).contains("the printed spelling is one of semantic tokens, the encoding was agnostic");
    }

    @Test
    void evaluateWithoutModelSaysHowToTrainOne() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "name,split\n");
        CommandRun r = CommandRun.of("evaluate", "omr", "--model", dir.resolve("none").toString(), "--data", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("no trained OMR model");
        CommandRun s = CommandRun.of("evaluate", "omr", "--data", dir.toString(), "--split", "dev");
        assertThat(s.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(s.err()).contains("--split must be train, validation or test, was 'dev'");
    }
}
