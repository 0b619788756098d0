package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.render.verovio.WorkerSetup;

/** Both data set builders on a small labelled folder with one broken tune in it. */
class DatasetCommandTest {

    @TempDir
    Path dir;

    private Path tunes;

    @BeforeEach
    void folder() throws Exception {
        tunes = dir.resolve("tunes");
        Files.createDirectories(tunes);
        Files.writeString(tunes.resolve("set.abc"), "X:1\nT:Jig One\nM:6/8\nL:1/8\nK:D\nd2e fed|B2A AFD|]\n\n"
                + "X:2\nT:Reel Two\nM:4/4\nL:1/8\nK:G\nGABc dBGB|cBAG FDDF|]\n\n"
                + "X:3\nT:Broken\nM:4/4\nL:1/8\nK:Q\nGABc|]\n");
        Files.writeString(tunes.resolve("index.csv"), "file,X,title,style,dance,meter,key\n"
                + "set.abc,1,Jig One,celtic,jig,6/8,D\nset.abc,2,Reel Two,english,reel,4/4,G\nset.abc,3,Broken,celtic,,4/4,Q\n");
    }

    @Test
    void audioClipsWithLabelsAndTheBrokenTuneNamed() throws Exception {
        Path out = dir.resolve("audio");
        CommandRun run = CommandRun.of("dataset", "audio", "--tunes", tunes.toString(), "--out", out.toString(), "--seconds", "5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("set.abc: line 19, col 3").contains("'Q'");
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        assertThat(manifest).hasSize(3);
        assertThat(manifest.get(1)).startsWith("set.abc_1.wav,set.abc#1,celtic,jig,");
        assertThat(manifest.get(2)).startsWith("set.abc_2.wav,set.abc#2,english,reel,");
        assertThat(Files.size(out.resolve("set.abc_1.wav"))).isGreaterThan(10_000);
    }

    @Test
    void omrSamplesAreWrittenWithTheirTokens() throws Exception {
        Assumptions.assumeTrue(WorkerSetup.locate().isInstalled(), "the Verovio worker is not installed");
        Path out = dir.resolve("omr");
        CommandRun run = CommandRun.of("dataset", "omr", "--tunes", tunes.toString(), "--out", out.toString(), "--count", "4");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out()).contains("wrote 4 sample(s)");
        for (int i = 0; i < 4; i++) {
            String name = "000000" + i;
            for (String ext : new String[] {".png", ".semantic", ".agnostic", ".mei"}) {
                assertThat(out.resolve(name + ext)).isNotEmptyFile();
            }
        }
        List<String> manifest = Files.readAllLines(out.resolve("manifest.csv"));
        assertThat(manifest).hasSize(5);

        // the shipped model reads them; every wrong sample is reported with its edits
        String split = manifest.get(1).split(",")[3];
        Path report = dir.resolve("report.tsv");
        CommandRun eval = CommandRun.of("evaluate", "omr", "--data", out.toString(), "--split", split, "--report", report.toString());
        assertThat(eval.exitCode()).as(eval.err()).isEqualTo(ExitCode.OK);
        assertThat(eval.out()).contains(split + " split, ").contains("greedy decoding: SER");
        List<String> rows = Files.readAllLines(report);
        assertThat(rows.get(0)).isEqualTo("name\tedits\twhat\treference\tresult");
        boolean anyError = !eval.out().contains("SeqER 0.0000");
        assertThat(eval.out().contains("errors by category:")).isEqualTo(anyError);
        assertThat(rows.size() > 1).isEqualTo(anyError);
        for (String row : rows.subList(1, rows.size())) {
            assertThat(row.split("\t")).hasSize(5);
        }
    }

    @Test
    void aFolderThatIsNotThereIsAnError() {
        CommandRun run = CommandRun.of("dataset", "audio", "--tunes", dir.resolve("nowhere").toString(), "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("nowhere: not a folder of tunes");
    }
}
