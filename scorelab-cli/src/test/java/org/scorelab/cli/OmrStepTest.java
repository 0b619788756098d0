package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OmrStepTest {

    @TempDir
    Path dir;

    @Test
    void withoutAModelTheStepSaysSoInOneLineAndWritesNothing() throws Exception {
        Path model = dir.resolve("no-model");
        Path out = dir.resolve("demo");
        Files.createDirectories(out);
        StringWriter text = new StringWriter();
        FailureReport failures = new FailureReport();
        String line = new OmrStep(model, out).run(new PrintWriter(text, true), failures);

        assertThat(text.toString()).isEqualTo("5/5 OMR skipped: no trained model in " + model
                + " (docs/omr.md says how to train one; --model DIR names another)" + System.lineSeparator());
        assertThat(line).startsWith("OMR skipped: no trained model in " + model);
        assertThat(failures.isEmpty()).isTrue();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aModelThatCannotBeLoadedIsAFailureNamingIt() throws Exception {
        Path model = dir.resolve("broken");
        Files.createDirectories(model);
        Files.writeString(model.resolve("weights.params"), "not weights");
        Files.writeString(model.resolve("vocabulary.txt"), "clef-G2\n");
        Files.writeString(model.resolve("config.json"), "{ this is not json");
        FailureReport failures = new FailureReport();
        String line = new OmrStep(model, dir.resolve("demo")).run(new PrintWriter(new StringWriter(), true), failures);
        assertThat(failures.size()).isEqualTo(1);
        assertThat(line).startsWith("OMR failed: ").contains(model.toString()).contains("cannot read");
    }
}
