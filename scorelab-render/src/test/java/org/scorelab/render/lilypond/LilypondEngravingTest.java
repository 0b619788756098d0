package org.scorelab.render.lilypond;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.TimeSignature;
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

/**
 * LilyPond engraving end to end: clef positions in LilyPond's SVG, staff images and a small data
 * set. Needs LilyPond 2.24 and the render worker, else skipped; slow (LilyPond starts in seconds
 * and engraves a staff in a few tenths).
 */
@Tag("slow")
class LilypondEngravingTest {
    private static final Pattern GLYPH = Pattern.compile("<g transform=\"translate\\(([-0-9.]+), ([-0-9.]+)\\)\">\\s*<path ");
    private static TestServer server;

    @BeforeAll
    static void start() throws RenderException {
        server = new TestServer(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * Each of the ten PrIMuS clefs with a whole note on its bottom line and one on its top line:
     * the last glyph before the bar line (the note head) sits on the staff line the clef names.
     */
    @Test
    void theTenClefsPutTheirNotesOnTheRightLines() throws Exception {
        LilypondServer s = server.get();
        List<Clef> clefs = List.of(Clef.TREBLE, new Clef(Clef.Sign.G, 1, 0), Clef.BASS, new Clef(Clef.Sign.F, 3, 0),
                new Clef(Clef.Sign.F, 5, 0), new Clef(Clef.Sign.C, 1, 0), new Clef(Clef.Sign.C, 2, 0), Clef.ALTO, Clef.TENOR,
                new Clef(Clef.Sign.C, 5, 0));
        LilypondWriter writer = new LilypondWriter();
        for (Clef clef : clefs) {
            for (int position : new int[] {0, 8}) {
                Pitch p = Pitch.fromDiatonicIndex(clef.bottomLineDiatonicIndex() + position, 0);
                Tune t = LilypondWriterTest.tune(clef, KeySignature.C_MAJOR, TimeSignature.of(4, 4),
                        List.of(LilypondWriterTest.measure(LilypondWriterTest.note(p.step(), 0, p.octave(), NoteValue.WHOLE))));
                String svg = s.svg(writer.ly(t, LilypondStyle.DEFAULT));
                double[] staff = LilypondSvg.staff(svg);
                Matcher m = GLYPH.matcher(svg);
                double x = -1;
                double y = 0;
                while (m.find()) {
                    if (Double.parseDouble(m.group(1)) > x) {
                        x = Double.parseDouble(m.group(1));
                        y = Double.parseDouble(m.group(2));
                    }
                }
                // SVG y grows downwards: position 0 is the bottom line (largest y), 8 the top line
                double expected = position == 0 ? staff[1] : staff[0];
                assertThat(y).as("%s %s", clef.code(), p.name()).isCloseTo(expected, Offset.offset(0.01));
            }
        }
    }

    @Test
    void aStaffIsDrawnAtTheInterlineOfTheVerovioSamples() throws Exception {
        server.get();
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        Tune t = LilypondWriterTest.abc("X:1\nT:Title\nM:3/4\nL:1/8\nK:D\nd2 fe dc|B2 A4|{c}d2 z2 !fermata!d2|]\n");
        try (StaffEngraver e = LilypondEngraver.factory(setup, Lilypond.locate()).open(1, Duration.ofSeconds(120))) {
            assertThat(e.refusal(t)).isNull();
            assertThat(e.agnosticLabels()).isFalse();
            Engraving g = e.engrave(t, "", new SplittableRandom(3));
            assertThat(g.style()).isEqualTo("lilypond");
            assertThat(g.sourceExtension()).isEqualTo("ly");
            assertThat(g.source()).doesNotContain("Title").contains("\\key d \\major");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(g.png()));
            assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            StaffLines lines = StaffLines.find(img);
            assertThat(lines.centers()).hasSize(5);
            assertThat(lines.interline()).isBetween(17.5, 18.5);
            assertThat(img.getHeight()).isBetween(90, 260);
            assertThat(img.getWidth()).isBetween(300, 1500);
            for (int y = 0; y < img.getHeight(); y++) {
                assertThat(img.getRaster().getSample(0, y, 0)).isEqualTo(255);
            }
        }
    }

    @Test
    void aDataSetWithSemanticLabelsAndTheLilypondInput(@TempDir Path out) throws Exception {
        server.get();
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        List<DatasetItem> items = List.of(
                new DatasetItem(LilypondWriterTest.abc("X:1\nM:2/4\nL:1/8\nK:G\nGA Bc|d2 B2|AG FA|G4|cB AG|FE D2|]\n"), "a#1", "A", Split.TEST),
                new DatasetItem(LilypondWriterTest.abc("X:2\nM:6/8\nL:1/8\nK:Am\nA2B c2d|e3 a3|gfe dcB|A3 A3|]\n"), "b#2", "B", Split.TEST));
        BuildResult r = new OmrDatasetBuilder(items, SampleEncoder.primus(), Vocabulary.primus(), DatasetConfig.of(6, 4, false, 2),
                LilypondEngraver.factory(setup, Lilypond.locate())).build(out, null);
        assertThat(r.failures()).isEmpty();
        assertThat(r.rows()).hasSize(6);
        for (ManifestRow row : r.rows()) {
            assertThat(row.font()).isEqualTo("lilypond");
            assertThat(out.resolve(row.name() + ".png")).isRegularFile();
            assertThat(out.resolve(row.name() + ".agnostic")).doesNotExist();
            assertThat(out.resolve(row.name() + ".mei")).doesNotExist();
            String semantic = Files.readString(out.resolve(row.name() + ".semantic"));
            assertThat(semantic).startsWith("clef-" + row.clef() + "\tkeySignature-" + row.key());
            assertThat(Files.readString(out.resolve(row.name() + ".ly"))).startsWith("\\version \"2.24.0\"").contains("\\score");
        }
    }
}
