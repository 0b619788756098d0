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

    @Test
    void severalTrainingSoundSetsAreForTheCnnAloneAndEachOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("a.sf2"), "");
        Path b = Files.writeString(dir.resolve("b.sf2"), "");
        CommandRun both = run("--train-sounds", "jdk," + a, "--both-ways");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--both-ways needs a single --train-sounds, got 2");
        CommandRun twice = CommandRun.of("evaluate", "genre-cnn", "--tunes", dir.toString(), "--train-sounds", a + "," + b + "," + a,
                "--test-sounds", "jdk");
        assertThat(twice.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains(": each sound set once");
        CommandRun audio = CommandRun.of("evaluate", "genre-audio", "--tunes", dir.toString(), "--train-sounds", "jdk," + a,
                "--test-sounds", b.toString());
        assertThat(audio.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(audio.err()).contains("--train-sounds: this experiment takes one sound set, got 2");
    }
}
