package org.scorelab.core.primus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.core.primus.Tunes.bar;
import static org.scorelab.core.primus.Tunes.note;
import static org.scorelab.core.primus.Tunes.rest;
import static org.scorelab.core.primus.Tunes.tune;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * The real PrIMuS incipit 000051652-1_2_1 (tf-end-to-end, MIT): its tune built by hand from the
 * image must give the example's semantic and agnostic files byte for byte, and reading those files
 * must give the tune back.
 */
public class PrimusExampleTest {

    static final String NAME = "000051652-1_2_1";

    /** C1 clef, Eb major, 2/4; 23 measures rest; then the melody as engraved in the example .png. */
    public static Tune exampleTune() {
        return tune(new Clef(Clef.Sign.C, 1, 0), -3, TimeSignature.of(2, 4),
                bar(new MultiRest(23)),
                bar(rest("quarter"), rest("eighth"), note("Bb4", "eighth")),
                bar(note("Bb4", "quarter."), note("G4", "eighth")),
                bar(note("Eb5", "quarter."), note("D5", "eighth")),
                bar(note("C5", "eighth"), note("C5", "eighth"), rest("quarter")));
    }

    static byte[] resource(String ext) throws IOException {
        try (InputStream in = PrimusExampleTest.class.getResourceAsStream(NAME + "." + ext)) {
            assertThat(in).as("test resource " + NAME + "." + ext).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void semanticWriterReproducesTheExampleByteForByte() throws IOException {
        assertThat(new SemanticWriter().write(exampleTune())).isEqualTo(resource("semantic"));
    }

    @Test
    void agnosticWriterReproducesTheExampleByteForByte() throws IOException {
        // the example's eighths keep their flags (vocal incipit): no beams
        assertThat(new AgnosticWriter(Beaming.FLAGS_ONLY).write(exampleTune())).isEqualTo(resource("agnostic"));
    }

    @Test
    void beamingByBeatWouldBeamTheTwoEighthsOfTheLastMeasure() throws IOException {
        String text = new AgnosticWriter().toText(exampleTune());
        assertThat(text).endsWith("barline-L1\tnote.beamedRight1-S4\tnote.beamedLeft1-S4\trest.quarter-L3\tbarline-L1\t");
    }

    @Test
    void readingTheExampleSemanticGivesTheTune() throws Exception {
        Tune read = new SemanticReader().parse(new String(resource("semantic"), StandardCharsets.UTF_8), NAME);
        Tune expected = exampleTune();
        assertThat(read.info().clef()).isEqualTo(expected.info().clef());
        assertThat(read.info().key()).isEqualTo(expected.info().key());
        assertThat(read.info().meter()).isEqualTo(expected.info().meter());
        assertThat(read.measures()).isEqualTo(expected.measures());
    }

    @Test
    void readingTheExampleAgnosticGivesTheTune() throws Exception {
        Tune read = new AgnosticReader().parse(new String(resource("agnostic"), StandardCharsets.UTF_8), NAME);
        Tune expected = exampleTune();
        assertThat(read.info().clef()).isEqualTo(expected.info().clef());
        assertThat(read.info().key()).isEqualTo(expected.info().key());
        assertThat(read.info().meter()).isEqualTo(expected.info().meter());
        assertThat(read.measures()).isEqualTo(expected.measures());
    }

    @Test
    void everyExampleTokenIsInTheVocabularies() throws IOException {
        OutOfVocabularyCounter sem = new OutOfVocabularyCounter(PrimusVocabulary.semantic());
        sem.addLine(new String(resource("semantic"), StandardCharsets.UTF_8));
        OutOfVocabularyCounter agn = new OutOfVocabularyCounter(PrimusVocabulary.agnostic());
        agn.addLine(new String(resource("agnostic"), StandardCharsets.UTF_8));
        assertThat(sem.total()).isEqualTo(19);
        assertThat(agn.total()).isEqualTo(26);
        assertThat(sem.counts()).isEmpty();
        assertThat(agn.counts()).isEmpty();
    }
}
