package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate genre-audio}: its options are checked before any clip is rendered. */
class EvaluateGenreAudioCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingSoundSetFileIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("index.csv"), "file,X,title,style,dance,meter,key\n");
        CommandRun run = CommandRun.of("evaluate", "genre-audio", "--tunes", dir.toString(), "--test-sounds",
                dir.resolve("none.sf2").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("none.sf2: no such sound set file; give 'jdk' or an SF2 file");
    }

    @Test
    void badCountsAndAMissingIndexAreUsageErrors() throws Exception {
        CommandRun counts = CommandRun.of("evaluate", "genre-audio", "--tunes", dir.toString(), "--test-sounds", "jdk",
                "--per-style", "0,5");
        assertThat(counts.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(counts.err()).contains("--per-style must be TRAIN,TEST with two positive counts, was '0,5'");
        CommandRun index = CommandRun.of("evaluate", "genre-audio", "--tunes", dir.toString(), "--test-sounds", "jdk");
        assertThat(index.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(index.err()).contains("no index.csv there");
    }

    @Test
    void anUnknownClassifierIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("index.csv"), "file,X,title,style,dance,meter,key\n");
        CommandRun run = CommandRun.of("evaluate", "genre-audio", "--tunes", dir.toString(), "--test-sounds", "jdk", "--kinds", "cnn");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown classifier 'cnn'");
    }
}
