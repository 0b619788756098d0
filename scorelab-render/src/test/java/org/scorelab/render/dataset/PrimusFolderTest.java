package org.scorelab.render.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.corpus.Split;

/** The bundled real PrIMuS incipit, nested as in the PrIMuS packages, wrapped for the evaluator. */
class PrimusFolderTest {
    private static final String NAME = "000051652-1_2_1";

    private static void copy(String ext, Path to) throws IOException {
        try (InputStream in = PrimusFolderTest.class.getResourceAsStream(
                "/org/scorelab/render/primus/package_aa/" + NAME + "/" + NAME + ext)) {
            Files.createDirectories(to.getParent());
            Files.copy(in, to);
        }
    }

    @Test
    void incipitsInNestedFoldersAreCopiedAndListedInOneSplit(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("primus");
        Path incipit = in.resolve("package_aa").resolve(NAME);
        for (String ext : List.of(".png", ".semantic", ".agnostic")) {
            copy(ext, incipit.resolve(NAME + ext));
        }
        Files.writeString(in.resolve("lonely.png"), "not looked at");
        Path out = dir.resolve("wrapped");
        PrimusFolder.Result r = PrimusFolder.wrap(in, out, Split.TEST);
        assertThat(r.names()).containsExactly(NAME);
        assertThat(r.skipped()).singleElement().satisfies(e -> assertThat(e.getMessage())
                .contains("lonely.png").contains("found no lonely.semantic beside it"));
        assertThat(Files.readAllLines(r.manifest())).containsExactly("name,split,source",
                NAME + ",test,package_aa/" + NAME + "/" + NAME + ".png");
        assertThat(Files.readString(out.resolve(NAME + ".semantic")))
                .startsWith("clef-C1\tkeySignature-EbM\ttimeSignature-2/4\tmultirest-23\tbarline\t");
        assertThat(Files.mismatch(out.resolve(NAME + ".png"), incipit.resolve(NAME + ".png"))).isEqualTo(-1);
        assertThat(out.resolve(NAME + ".agnostic")).isRegularFile();
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> PrimusFolder.wrap(dir.resolve("nowhere"), dir.resolve("out"), Split.TEST))
                .hasMessageContaining("nowhere: not a folder of PrIMuS incipits");
    }
}
