package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.render.abcm2ps.Abcm2ps;
import org.scorelab.render.lilypond.Lilypond;

/** {@code dataset omr --engraver/--splits} and {@code dataset primus}. */
class OmrEngraverCommandTest {

    @TempDir
    Path dir;

    private Path tunes;

    @BeforeEach
    void folder() throws Exception {
        tunes = dir.resolve("tunes");
        Files.createDirectories(tunes);
        Files.writeString(tunes.resolve("set.abc"), "X:1\nT:Jig One\nM:6/8\nL:1/8\nK:D\nd2e fed|B2A AFD|]\n\n"
                + "X:2\nT:Reel Two\nM:4/4\nL:1/8\nK:G\nGABc dBGB|cBAG FDDF|]\n");
    }

    @Test
    void sharesOutsideZeroToOneAreRefusedBeforeAnyWork() {
        String[][] cases = {
            {"--bold", "1.5", "--bold: a share of the images in 0..1 was expected, found 1.5"},
            {"--short-stems", "-0.1", "--short-stems: a share of the excerpts in 0..1 was expected, found -0.1"},
            {"--key-windows", "2", "--key-windows: a share of the excerpts in 0..1 was expected, found 2.0"},
            {"--keep-clef", "1.2", "--keep-clef: a probability in 0..1 was expected, found 1.2"},
            {"--narrow-multirests", "3", "--narrow-multirests: a share of the excerpts in 0..1 was expected, found 3.0"},
            {"--multirests", "-1", "--multirests: a probability in 0..1 was expected, found -1.0"},
            {"--unslashed-grace", "1.01", "--unslashed-grace: a share of the excerpts in 0..1 was expected, found 1.01"},
        };
        for (String[] c : cases) {
            CommandRun run = CommandRun.of("dataset", "omr", "--tunes", tunes.toString(), "--out",
                    dir.resolve("o").toString(), "--count", "2", c[0], c[1]);
            assertThat(run.exitCode()).as(c[0]).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains(c[2]);
            assertThat(dir.resolve("o")).doesNotExist();
        }
    }

    @Test
    void aMissingAbcm2psNamesTheAptPackage() {
        String before = System.getProperty(Abcm2ps.PROPERTY);
        System.setProperty(Abcm2ps.PROPERTY, dir.resolve("no-abcm2ps").toString());
        try {
            CommandRun run = CommandRun.of("dataset", "omr", "--tunes", tunes.toString(), "--out", dir.resolve("o").toString(),
                    "--count", "2", "--engraver", "abcm2ps");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
            assertThat(run.err()).contains("abcm2ps is needed for --engraver abcm2ps").contains("apt-get install abcm2ps");
        } finally {
            if (before == null) {
                System.clearProperty(Abcm2ps.PROPERTY);
            } else {
                System.setProperty(Abcm2ps.PROPERTY, before);
            }
        }
    }

    @Test
    void aMissingLilypondNamesTheAptPackage() {
        String before = System.getProperty(Lilypond.PROPERTY);
        System.setProperty(Lilypond.PROPERTY, dir.resolve("no-lilypond").toString());
        try {
            CommandRun run = CommandRun.of("dataset", "omr", "--tunes", tunes.toString(), "--out", dir.resolve("o").toString(),
                    "--count", "2", "--engraver", "lilypond");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
            assertThat(run.err()).contains("LilyPond is needed for --engraver lilypond").contains("apt-get install lilypond");
        } finally {
            if (before == null) {
                System.clearProperty(Lilypond.PROPERTY);
            } else {
                System.setProperty(Lilypond.PROPERTY, before);
            }
        }
    }

    @Test
    void anUnknownEngraverOrSplitIsAUsageError() {
        CommandRun engraver = CommandRun.of("dataset", "omr", "--tunes", tunes.toString(), "--out", dir.toString(),
                "--count", "2", "--engraver", "musescore");
        assertThat(engraver.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(engraver.err()).contains("--engraver").contains("musescore").contains("verovio, abcm2ps, lilypond");
        CommandRun split = CommandRun.of("dataset", "omr", "--tunes", tunes.toString(), "--out", dir.toString(),
                "--count", "2", "--splits", "test,exam");
        assertThat(split.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(split.err()).contains("--splits: 'exam' is not a split, expected train, validation or test");
    }

    @Test
    void theBundledPrimusIncipitIsWrappedForTheEvaluator() throws Exception {
        Path in = dir.resolve("primus").resolve("000051652-1_2_1");
        Files.createDirectories(in);
        for (String ext : List.of(".png", ".semantic")) {
            try (InputStream s = getClass().getResourceAsStream("primus/000051652-1_2_1" + ext)) {
                Files.copy(s, in.resolve("000051652-1_2_1" + ext));
            }
        }
        Path out = dir.resolve("wrapped");
        CommandRun run = CommandRun.of("dataset", "primus", "--in", dir.resolve("primus").toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("wrapped 1 PrIMuS incipit(s) as the test split");
        assertThat(Files.readAllLines(out.resolve("manifest.csv")))
                .containsExactly("name,split,source", "000051652-1_2_1,test,000051652-1_2_1/000051652-1_2_1.png");
        assertThat(out.resolve("000051652-1_2_1.png")).isRegularFile();
        CommandRun bad = CommandRun.of("dataset", "primus", "--in", in.toString(), "--out", out.toString(), "--split", "exam");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--split must be train, validation or test, was 'exam'");
    }
}
