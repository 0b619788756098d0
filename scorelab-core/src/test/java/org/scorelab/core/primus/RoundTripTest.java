package org.scorelab.core.primus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Tune;

/** Semantic -> model -> semantic on hand-written lines, and model -> text -> model on random tunes. */
class RoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "clef-G2 keySignature-EbM timeSignature-3/4 note-Bb5_quarter note-Eb5_eighth note-Bb5_eighth note-C6_eighth barline",
        "clef-C1 keySignature-BbM timeSignature-3/4 note-F5_eighth. note-D5_sixteenth barline gracenote-F5_eighth note-Eb5_quarter.",
        "clef-F4 keySignature-CM timeSignature-C note-C3_whole_fermata barline rest-whole_fermata barline",
        "clef-C3 keySignature-AM timeSignature-6/8 note-A3_eighth note-B3_eighth tie barline note-B3_quarter. rest-quarter. barline",
        "clef-G1 keySignature-F#M timeSignature-C/ note-F#5_half note-E#5_half barline multirest-105 barline",
        "clef-C4 keySignature-GbM timeSignature-9/8 note-Gb3_quarter. note-Ab3_eighth.. note-Bb3_thirty_second note-Cb4_sixteenth",
        "clef-G2 keySignature-DM timeSignature-2/4 rest-sixteenth note-F#4_sixteenth note-G4_sixteenth note-A4_sixteenth tie barline",
        "clef-F3 keySignature-AbM timeSignature-4/2 note-Ab2_double_whole note-Eb3_half barline",
        "clef-C2 keySignature-EM note-E4_quadruple_whole barline clef-G2 keySignature-CM timeSignature-2/4 note-C5_half",
        "clef-G2 keySignature-CM timeSignature-5/8 note-C##5_eighth note-Dbb5_eighth note-E5_sixty_fourth rest-sixty_fourth",
        "clef-F5 keySignature-BM timeSignature-3/8 gracenote-A#3_sixteenth. note-B3_hundred_twenty_eighth rest-eighth..",
        "clef-C5 keySignature-DbM timeSignature-12/16 note-Db4_quarter._fermata rest-quarter._fermata barline",
        "clef-G2 keySignature-CM timeSignature-1/2 note-A4_half tie barline note-A4_half tie barline note-A4_half barline",
        "clef-C1 keySignature-EbM timeSignature-2/4 multirest-23 barline rest-quarter rest-eighth note-Bb4_eighth barline",
        "clef-G2 keySignature-CbM timeSignature-C note-Cb5_whole barline timeSignature-3/4 note-Fb4_half. barline",
    })
    void semanticLinesSurviveReadAndWrite(String spaced) throws Exception {
        String line = spaced.replace(' ', '\t') + "\t";
        Tune t = new SemanticReader().parse(line, "hand");
        assertThat(new SemanticWriter().toText(t)).isEqualTo(line);
    }

    @Test
    void randomTunesSurviveBothEncodings() throws Exception {
        Random r = new Random(20180101);
        SemanticWriter sw = new SemanticWriter();
        AgnosticWriter aw = new AgnosticWriter();
        SemanticReader sr = new SemanticReader();
        AgnosticReader ar = new AgnosticReader();
        for (int i = 0; i < 2000; i++) {
            Tune t = RandomTunes.tune(r);
            List<Measure> expected = Tunes.primusView(t);
            String sem = sw.toText(t);
            Tune fromSem = sr.parse(sem, "random " + i);
            assertThat(fromSem.measures()).as("semantic of tune %d: %s", i, sem).isEqualTo(expected);
            assertThat(sw.toText(fromSem)).isEqualTo(sem);
            String agn = aw.toText(t);
            Tune fromAgn = ar.parse(agn, "random " + i);
            assertThat(fromAgn.info().clef()).isEqualTo(t.info().clef());
            assertThat(fromAgn.info().key()).isEqualTo(t.info().key());
            assertThat(fromAgn.info().meter()).isEqualTo(t.info().meter());
            assertThat(fromAgn.measures()).as("agnostic of tune %d: %s", i, agn).isEqualTo(expected);
            // tuplets are not in the encoding: beams of the read-back tune follow its plain values
            assertThat(aw.toText(fromAgn)).isEqualTo(aw.toText(t.withMeasures(Tunes.primusView(t))));
        }
    }
}
