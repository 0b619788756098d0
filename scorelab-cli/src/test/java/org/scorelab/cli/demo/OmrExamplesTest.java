package org.scorelab.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Tune;
import org.scorelab.core.primus.SemanticReader;
import org.scorelab.core.primus.SemanticWriter;
import org.scorelab.render.dataset.SampleEncoder;
import org.scorelab.render.page.PageTruth;
import org.scorelab.render.page.SystemTruth;

/** The bundled OMR examples: present, small, and their truth is the music of the bundled tunes. */
class OmrExamplesTest {

    @Test
    void twoExamplesAStaffAndAnA4PageOfTenStaves() throws Exception {
        List<OmrExample> examples = OmrExamples.bundled();
        assertThat(examples).extracting(OmrExample::name)
                .containsExactly(OmrExampleGenerator.STAFF, OmrExampleGenerator.PAGE);
        var staff = ImageIO.read(new ByteArrayInputStream(examples.get(0).png()));
        var page = ImageIO.read(new ByteArrayInputStream(examples.get(1).png()));
        assertThat(staff.getHeight()).isBetween(150, 300);
        assertThat(page.getWidth()).isEqualTo(2480);
        assertThat(page.getHeight()).isEqualTo(3508);
        assertThat(page.getType()).as("8-bit grayscale").isEqualTo(java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        assertThat(examples.get(1).png().length).isLessThan(500_000);
        assertThat(examples.get(1).caption()).contains("Paddy O'Rafferty", "10 staves");
    }

    @Test
    void truthFilesParseWithThePrimusSemanticReader() throws Exception {
        List<OmrExample> examples = OmrExamples.bundled();
        SemanticReader reader = new SemanticReader();
        Tune staff = reader.parse(OmrRecognizerLine.of(examples.get(0).truth()), "staff");
        assertThat(staff.measures()).hasSize(4);
        assertThat(staff.info().key().fifths()).isEqualTo(3);
        Tune page = reader.parse(OmrRecognizerLine.of(examples.get(1).truth()), "page");
        assertThat(page.measures()).hasSize(40);
        assertThat(page.info().key().fifths()).isEqualTo(1);
        assertThat(page.info().meter().beats()).isEqualTo(6);
        assertThat(page.info().meter().beatType()).isEqualTo(8);
    }

    @Test
    void staffTruthIsTheOpeningOfTheRisingOfTheMoon() throws Exception {
        // K:A, M:C, L:1/8: "A3 B c2 d2 | e2 a2 g e3 |" -> dotted quarter, eighth, quarter, quarter; c and g sharp by the key
        assertThat(OmrExamples.bundled().get(0).truth()).startsWith("clef-G2", "keySignature-AM", "timeSignature-C",
                "note-A4_quarter.", "note-B4_eighth", "note-C#5_quarter", "note-D5_quarter", "barline",
                "note-E5_quarter", "note-A5_quarter", "note-G#5_eighth", "note-E5_quarter.", "barline");
    }

    @Test
    void truthIsWhatTheWritersMakeOfTheBundledTunes() throws Exception {
        List<OmrExample> examples = OmrExamples.bundled();
        assertThat(examples.get(0).truth()).isEqualTo(
                OmrExamples.tokens(SampleEncoder.primus().semantic(OmrExampleGenerator.staffTune())));
        assertThat(examples.get(1).truth()).isEqualTo(
                OmrExamples.tokens(new SemanticWriter().toText(OmrExampleGenerator.tune(OmrExampleGenerator.PAGE_TUNE))));
    }

    @Test
    void pageTruthPlacesAllFortyBarsOnTenSystems() throws Exception {
        String name = OmrExampleGenerator.PAGE + ".truth.tsv";
        try (InputStream in = OmrExamples.class.getResourceAsStream(OmrExamples.FOLDER + name)) {
            PageTruth truth = PageTruth.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(truth.systems()).hasSize(10);
            assertThat(truth.systems().stream().mapToInt(s -> s.measures().size()).sum()).isEqualTo(40);
            assertThat(truth.systems().get(0).interline()).isBetween(23.0, 24.0);
            assertThat(truth.scan().skewDegrees()).isEqualTo(0.8);
            assertThat(truth.systems()).extracting(SystemTruth::left).allSatisfy(l -> assertThat(l).isLessThan(200.0));
        }
    }

    /** Tokens back to the PrIMuS line the reader takes. */
    private static final class OmrRecognizerLine {
        static String of(List<String> tokens) {
            return String.join("\t", tokens) + "\t";
        }
    }
}
