package org.scorelab.render.abcm2ps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.model.Tune;
import org.scorelab.render.dataset.BuildResult;
import org.scorelab.render.dataset.DatasetConfig;
import org.scorelab.render.dataset.DatasetItem;
import org.scorelab.render.dataset.Engraving;
import org.scorelab.render.dataset.ManifestRow;
import org.scorelab.render.dataset.OmrDatasetBuilder;
import org.scorelab.render.dataset.SampleEncoder;
import org.scorelab.render.dataset.StaffEngraver;
import org.scorelab.render.dataset.Vocabulary;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.StaffLines;
import org.scorelab.render.verovio.WorkerAssumptions;
import org.scorelab.render.verovio.WorkerSetup;

/** The engraver end to end: needs the abcm2ps program and the render worker, else skipped. */
class Abcm2psEngraverTest {

    private static WorkerSetup ready() {
        Abcm2ps abcm2ps = Abcm2ps.locate();
        assumeTrue(abcm2ps.problem() == null, () -> "abcm2ps not usable: " + abcm2ps.problem());
        return WorkerAssumptions.installedSetup();
    }

    @Test
    void aMissingProgramNamesTheAptPackage() {
        Abcm2ps missing = new Abcm2ps("/nonexistent/abcm2ps");
        assertThat(missing.problem()).contains("/nonexistent/abcm2ps").contains("apt-get install abcm2ps");
        assertThatThrownBy(() -> Abcm2psEngraver.factory(WorkerSetup.locate(), missing).open(1, Duration.ofSeconds(10)))
                .isInstanceOf(RenderException.class).hasMessageContaining("--engraver abcm2ps")
                .hasMessageContaining("apt-get install abcm2ps");
    }

    @Test
    void abcm2psComplaintsFailTheStaff() throws Exception {
        ready();
        assertThatThrownBy(() -> Abcm2ps.locate().svg("X:1\nK:C\nc4 ||| [[[ &&\n", Duration.ofSeconds(20)))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("abcm2ps:");
    }

    @Test
    void aStaffIsDrawnAtTheInterlineOfTheVerovioSamples() throws Exception {
        WorkerSetup setup = ready();
        Tune t = AbcStaffWriterTest.tune("X:1\nT:Title\nM:3/4\nL:1/8\nK:D\nd2 fe dc|B2 A4|{c}d2 z2 !fermata!d2|]\n");
        try (StaffEngraver e = Abcm2psEngraver.factory(setup, Abcm2ps.locate()).open(1, Duration.ofSeconds(60))) {
            assertThat(e.refusal(t)).isNull();
            assertThat(e.agnosticLabels()).isFalse();
            Engraving g = e.engrave(t, "", new SplittableRandom(3));
            assertThat(g.style()).isEqualTo("abcm2ps");
            assertThat(g.sourceExtension()).isEqualTo("abc");
            assertThat(g.source()).doesNotContain("T:").contains("K:D");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(g.png()));
            assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            StaffLines lines = StaffLines.find(img);
            assertThat(lines.centers()).hasSize(5);
            assertThat(lines.interline()).isBetween(17.0, 19.0);
            assertThat(img.getHeight()).isBetween(90, 260);
            assertThat(img.getWidth()).isBetween(300, 1500);
            // the margin of paper is all white: the ink starts inside it
            for (int y = 0; y < img.getHeight(); y++) {
                assertThat(img.getRaster().getSample(0, y, 0)).isEqualTo(255);
            }
        }
    }

    @Test
    void aDataSetWithSemanticLabelsAndTheAbcDrawn(@TempDir Path out) throws Exception {
        WorkerSetup setup = ready();
        List<DatasetItem> items = List.of(
                new DatasetItem(AbcStaffWriterTest.tune("X:1\nM:2/4\nL:1/8\nK:G\nGA Bc|d2 B2|AG FA|G4|cB AG|FE D2|]\n"), "a#1", "A", Split.TEST),
                new DatasetItem(AbcStaffWriterTest.tune("X:2\nM:6/8\nL:1/8\nK:Am\nA2B c2d|e3 a3|gfe dcB|A3 A3|]\n"), "b#2", "B", Split.TEST));
        BuildResult r = new OmrDatasetBuilder(items, SampleEncoder.primus(), Vocabulary.primus(), DatasetConfig.of(6, 4, false, 2),
                Abcm2psEngraver.factory(setup, Abcm2ps.locate())).build(out, null);
        assertThat(r.failures()).isEmpty();
        assertThat(r.rows()).hasSize(6);
        for (ManifestRow row : r.rows()) {
            assertThat(row.font()).isEqualTo("abcm2ps");
            assertThat(out.resolve(row.name() + ".png")).isRegularFile();
            assertThat(out.resolve(row.name() + ".abc")).isRegularFile();
            assertThat(out.resolve(row.name() + ".agnostic")).doesNotExist();
            assertThat(out.resolve(row.name() + ".mei")).doesNotExist();
            String semantic = Files.readString(out.resolve(row.name() + ".semantic"));
            assertThat(semantic).startsWith("clef-" + row.clef() + "\tkeySignature-" + row.key());
            assertThat(Files.readString(out.resolve(row.name() + ".abc"))).doesNotContain("T:");
        }
        assertThat(Files.readAllLines(r.manifest()).get(0)).startsWith("name,tune_id,title,split,");
    }
}
