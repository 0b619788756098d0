package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate genre-cnn}: its options are checked before any clip is rendered. */
class EvaluateGenreCnnCommandTest {

    @TempDir
    Path dir;

    private CommandRun run(String... more) throws Exception {
        Files.writeString(dir.resolve("index.csv"), "file,X,title,style,dance,meter,key\n");
        String[] base = {"evaluate", "genre-cnn", "--tunes", dir.toString(), "--test-sounds", "jdk", "--out", dir.resolve("out").toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CommandRun.of(all);
    }

    @Test
    void badOptionsAreUsageErrorsInTheirOwnWords() throws Exception {
        CommandRun norm = run("--normalisation", "global");
        assertThat(norm.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(norm.err()).contains("--normalisation must be clip or band, was 'global'");
        CommandRun task = run("--tasks", "style,mood");
        assertThat(task.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(task.err()).contains("--tasks: 'mood' is not one of [style, dance]");
        CommandRun epochs = run("--epochs", "0");
        assertThat(epochs.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(epochs.err()).contains("--epochs must be in 1..1000, was 0");
    }

    @Test
    void theClipOptionsAreCheckedAsGenreAudioChecksThem() throws Exception {
        CommandRun counts = run("--per-dance", "3");
        assertThat(counts.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(counts.err()).contains("--per-dance must be TRAIN,TEST with two positive counts, was '3'");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }
}
