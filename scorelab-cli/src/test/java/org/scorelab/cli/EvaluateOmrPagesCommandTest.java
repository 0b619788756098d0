package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateOmrPagesCommandTest {

    @TempDir
    Path dir;

    @Test
    void badOptionsAreUsageErrorsNamingTheValue() throws Exception {
        CommandRun pages = CommandRun.of("evaluate", "omr-pages", "--tunes", dir.toString(), "--pages", "0");
        assertThat(pages.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(pages.err()).contains("--pages must be in 1..10000, was 0");
        CommandRun skew = CommandRun.of("evaluate", "omr-pages", "--tunes", dir.toString(), "--pages", "2", "--max-skew", "12");
        assertThat(skew.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(skew.err()).contains("--max-skew must be in 0..10 degrees, was 12.0");
        Path none = dir.resolve("no-such-folder");
        CommandRun tunes = CommandRun.of("evaluate", "omr-pages", "--tunes", none.toString(), "--pages", "2");
        assertThat(tunes.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tunes.err()).contains("--tunes " + none + ": not a folder");
        Files.writeString(dir.resolve("file.txt"), "x");
        CommandRun out = CommandRun.of("evaluate", "omr-pages", "--tunes", dir.toString(), "--pages", "2", "--out",
                dir.resolve("file.txt").toString());
        assertThat(out.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(out.err()).contains("exists and is not a folder");
        CommandRun split = CommandRun.of("evaluate", "omr-pages", "--tunes", dir.toString(), "--pages", "2", "--test", "0.95");
        assertThat(split.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(split.err()).contains("--validation/--test: split fractions must be >= 0 and sum to 1");
        CommandRun group = CommandRun.of("evaluate");
        assertThat(group.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(group.err()).contains("missing kind of evaluation: omr, omr-pages or genre-audio");
    }

    @Test
    void withoutModelItSaysHowToTrainOne() {
        CommandRun r = CommandRun.of("evaluate", "omr-pages", "--model", dir.resolve("none").toString(), "--tunes",
                dir.toString(), "--pages", "2", "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("no trained OMR model in " + dir.resolve("none"));
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }
}
