package org.scorelab.core.primus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.core.primus.Tunes.bar;
import static org.scorelab.core.primus.Tunes.fermata;
import static org.scorelab.core.primus.Tunes.grace;
import static org.scorelab.core.primus.Tunes.note;
import static org.scorelab.core.primus.Tunes.open;
import static org.scorelab.core.primus.Tunes.rest;
import static org.scorelab.core.primus.Tunes.tied;
import static org.scorelab.core.primus.Tunes.triplet;
import static org.scorelab.core.primus.Tunes.tune;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * Hand-built tunes whose semantic and agnostic tokens were written out by hand from the music
 * (staff positions counted on paper: treble L1 = E4, bass L1 = G2, alto L1 = F3, tenor L1 = D3).
 * Each is also read back from both encodings.
 */
class KnownAnswerTest {

    /** Tokens given space-separated, as the writers give them: TAB after each. */
    private static String tokens(String spaced) {
        return String.join("\t", spaced.trim().split(" +")) + "\t";
    }

    private static void check(Tune tune, String semantic, String agnostic) throws Exception {
        String sem = new SemanticWriter().toText(tune);
        String agn = new AgnosticWriter().toText(tune);
        assertThat(sem).isEqualTo(tokens(semantic));
        assertThat(agn).isEqualTo(tokens(agnostic));
        List<Measure> expected = Tunes.primusView(tune);
        Tune fromSem = new SemanticReader().parse(sem, "sem");
        Tune fromAgn = new AgnosticReader().parse(agn, "agn");
        for (Tune read : List.of(fromSem, fromAgn)) {
            assertThat(read.info().clef()).isEqualTo(tune.info().clef());
            assertThat(read.info().key().fifths()).isEqualTo(tune.info().key().fifths());
            assertThat(read.info().meter()).isEqualTo(tune.info().meter());
            assertThat(read.measures()).isEqualTo(expected);
        }
    }

    @Test
    void trebleGMajorWithNaturalCancellingTheKeyAndBeamsByQuarter() throws Exception {
        Tune t = tune(Clef.TREBLE, 1, TimeSignature.of(3, 4),
                bar(note("D5", "quarter"), note("B4", "eighth"), note("C5", "eighth"), note("D5", "eighth"), note("E5", "eighth")),
                bar(note("F#5", "quarter."), note("F5", "eighth"), note("F5", "quarter")),
                new Measure(List.of(note("G5", "half.")), BarLine.FINAL));
        check(t, "clef-G2 keySignature-GM timeSignature-3/4 note-D5_quarter note-B4_eighth note-C5_eighth note-D5_eighth "
                        + "note-E5_eighth barline note-F#5_quarter. note-F5_eighth note-F5_quarter barline note-G5_half. barline",
                "clef.G-L2 accidental.sharp-L5 digit.3-L4 digit.4-L2 note.quarter-L4 note.beamedRight1-L3 note.beamedLeft1-S3 "
                        + "note.beamedRight1-L4 note.beamedLeft1-S4 barline-L1 note.quarter-L5 dot-S5 accidental.natural-L5 "
                        + "note.eighth-L5 note.quarter-L5 barline-L1 note.half-S5 dot-S5 barline-L1");
    }

    @Test
    void bassBbMajorCommonTimeWithTiesInsideAndAcrossTheBar() throws Exception {
        Tune t = tune(Clef.BASS, -2, TimeSignature.COMMON,
                bar(tied("Bb2", "half"), note("Bb2", "quarter"), tied("D3", "quarter")),
                bar(note("D3", "half"), note("Eb3", "half")));
        check(t, "clef-F4 keySignature-BbM timeSignature-C note-Bb2_half tie note-Bb2_quarter note-D3_quarter tie barline "
                        + "note-D3_half note-Eb3_half barline",
                "clef.F-L4 accidental.flat-L2 accidental.flat-S3 metersign.C-L3 note.half-L2 slur.start-L2 slur.end-L2 "
                        + "note.quarter-L2 note.quarter-L3 slur.start-L3 barline-L1 slur.end-L3 note.half-L3 note.half-S3 barline-L1");
    }

    @Test
    void altoAMajorCompoundMeterBeamsByDottedQuarter() throws Exception {
        Tune t = tune(Clef.ALTO, 3, TimeSignature.of(6, 8),
                bar(note("A3", "eighth"), note("B3", "eighth"), note("C#4", "eighth"),
                        note("D4", "eighth"), note("E4", "eighth"), note("F#4", "eighth")),
                bar(note("E4", "quarter"), note("D#4", "eighth"), note("D#4", "quarter.")),
                bar(note("A3", "quarter."), rest("quarter.")));
        check(t, "clef-C3 keySignature-AM timeSignature-6/8 note-A3_eighth note-B3_eighth note-C#4_eighth note-D4_eighth "
                        + "note-E4_eighth note-F#4_eighth barline note-E4_quarter note-D#4_eighth note-D#4_quarter. barline "
                        + "note-A3_quarter. rest-quarter. barline",
                "clef.C-L3 accidental.sharp-S4 accidental.sharp-L3 accidental.sharp-L5 digit.6-L4 digit.8-L2 "
                        + "note.beamedRight1-L2 note.beamedBoth1-S2 note.beamedLeft1-L3 note.beamedRight1-S3 note.beamedBoth1-L4 "
                        + "note.beamedLeft1-S4 barline-L1 note.quarter-L4 accidental.sharp-S3 note.eighth-S3 note.quarter-S3 dot-S3 "
                        + "barline-L1 note.quarter-L2 dot-S2 rest.quarter-L3 dot-S3 barline-L1");
    }

    @Test
    void dottedEighthSixteenthBeamsAndACourtesyNaturalInAnotherOctave() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                bar(note("C5", "eighth."), note("D5", "sixteenth"), note("E5", "sixteenth"), note("F5", "sixteenth"),
                        note("G5", "sixteenth"), note("A5", "sixteenth")),
                bar(note("F#4", "quarter"), note("F5", "quarter")),
                bar(note("F4", "half")));
        check(t, "clef-G2 keySignature-CM timeSignature-2/4 note-C5_eighth. note-D5_sixteenth note-E5_sixteenth "
                        + "note-F5_sixteenth note-G5_sixteenth note-A5_sixteenth barline note-F#4_quarter note-F5_quarter barline "
                        + "note-F4_half barline",
                "clef.G-L2 digit.2-L4 digit.4-L2 note.beamedRight1-S3 dot-S3 note.beamedLeft2-L4 note.beamedRight2-S4 "
                        + "note.beamedBoth2-L5 note.beamedBoth2-S5 note.beamedLeft2-L6 barline-L1 accidental.sharp-S1 "
                        + "note.quarter-S1 accidental.natural-L5 note.quarter-L5 barline-L1 note.half-S1 barline-L1");
    }

    @Test
    void tripletEighthsAreWrittenByTheirWrittenValueAndBeamed() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                bar(triplet("C5", "eighth"), triplet("E5", "eighth"), triplet("G5", "eighth"), note("C6", "quarter")));
        check(t, "clef-G2 keySignature-CM timeSignature-2/4 note-C5_eighth note-E5_eighth note-G5_eighth note-C6_quarter barline",
                "clef.G-L2 digit.2-L4 digit.4-L2 note.beamedRight1-S3 note.beamedBoth1-S4 note.beamedLeft1-S5 "
                        + "note.quarter-L7 barline-L1");
    }

    @Test
    void beamedGraceNotesAndAFermata() throws Exception {
        Tune t = tune(Clef.TREBLE, 2, TimeSignature.of(4, 4),
                bar(grace("D5", "sixteenth"), grace("E5", "sixteenth"), note("F#5", "half"), fermata("A5", "half")));
        check(t, "clef-G2 keySignature-DM timeSignature-4/4 gracenote-D5_sixteenth gracenote-E5_sixteenth note-F#5_half "
                        + "note-A5_half_fermata barline",
                "clef.G-L2 accidental.sharp-L5 accidental.sharp-S3 digit.4-L4 digit.4-L2 gracenote.beamedRight2-L4 "
                        + "gracenote.beamedLeft2-S4 note.half-L5 fermata.above-S6 note.half-L6 barline-L1");
    }

    @Test
    void fourFlatsNaturalThenFlatAgainMultirestAndRestFermata() throws Exception {
        Tune t = tune(Clef.TREBLE, -4, TimeSignature.of(3, 4),
                bar(new MultiRest(12)),
                bar(note("Ab4", "quarter"), note("A4", "quarter"), note("Ab4", "quarter")),
                bar(new Rest(Tunes.dur("half"), true), rest("quarter")));
        check(t, "clef-G2 keySignature-AbM timeSignature-3/4 multirest-12 barline note-Ab4_quarter note-A4_quarter "
                        + "note-Ab4_quarter barline rest-half_fermata rest-quarter barline",
                "clef.G-L2 accidental.flat-L3 accidental.flat-S4 accidental.flat-S2 accidental.flat-L4 digit.3-L4 digit.4-L2 "
                        + "digit.1-S5 digit.2-S5 multirest-L3 barline-L1 note.quarter-S2 accidental.natural-S2 note.quarter-S2 "
                        + "accidental.flat-S2 note.quarter-S2 barline-L1 fermata.above-S6 rest.half-L3 rest.quarter-L3 barline-L1");
    }

    @Test
    void cutTimeChordTopNoteAndClefKeyMeterChangesInPlace() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.CUT,
                bar(new Chord(List.of(note("C5", "half"), note("G5", "half"), note("E5", "half"))), note("B4", "half")),
                bar(new ClefChange(Clef.BASS), note("C3", "whole")),
                bar(new KeyChange(KeySignature.ofFifths(-1)), new MeterChange(TimeSignature.of(3, 4)), note("Bb2", "half.")));
        check(t, "clef-G2 keySignature-CM timeSignature-C/ note-G5_half note-B4_half barline clef-F4 note-C3_whole barline "
                        + "keySignature-FM timeSignature-3/4 note-Bb2_half. barline",
                "clef.G-L2 metersign.C/-L3 note.half-S5 note.half-L3 barline-L1 clef.F-L4 note.whole-S2 barline-L1 "
                        + "accidental.flat-L2 digit.3-L4 digit.4-L2 note.half-L2 dot-S2 barline-L1");
    }

    @Test
    void tenorClefFourSharpsFreeMeterThirtySecondsAndNoFinalBarLine() throws Exception {
        Tune t = tune(Clef.TENOR, 4, TimeSignature.FREE,
                open(note("E3", "thirty_second"), note("F#3", "thirty_second"), note("G#3", "thirty_second"),
                        note("A3", "thirty_second"), note("B3", "eighth"), note("C#4", "quarter")));
        check(t, "clef-C4 keySignature-EM note-E3_thirty_second note-F#3_thirty_second note-G#3_thirty_second "
                        + "note-A3_thirty_second note-B3_eighth note-C#4_quarter",
                "clef.C-L4 accidental.sharp-L2 accidental.sharp-L4 accidental.sharp-S2 accidental.sharp-S4 "
                        + "note.beamedRight3-S1 note.beamedBoth3-L2 note.beamedBoth3-S2 note.beamedBoth3-L3 note.beamedLeft1-S3 "
                        + "note.quarter-L4");
    }

    @Test
    void sevenSharpsDoubleDotFlaggedSixteenthGraceEighthAndRepeatBarLine() throws Exception {
        Tune t = tune(Clef.TREBLE, 7, TimeSignature.of(2, 4),
                new Measure(List.of(note("C#5", "quarter.."), note("D#5", "sixteenth")), new BarLine(BarLine.Style.SINGLE, false, true)),
                new Measure(List.of(grace("E#5", "eighth"), note("B#4", "half")), BarLine.FINAL));
        check(t, "clef-G2 keySignature-C#M timeSignature-2/4 note-C#5_quarter.. note-D#5_sixteenth barline "
                        + "gracenote-E#5_eighth note-B#4_half barline",
                "clef.G-L2 accidental.sharp-L5 accidental.sharp-S3 accidental.sharp-S5 accidental.sharp-L4 accidental.sharp-S2 "
                        + "accidental.sharp-S4 accidental.sharp-L3 digit.2-L4 digit.4-L2 note.quarter-S3 dot-S3 dot-S3 "
                        + "note.sixteenth-L4 barline-L1 gracenote.eighth-S4 note.half-L3 barline-L1");
    }

    @Test
    void twelveEightBeamsByDottedQuarterAndRestsBreakBeams() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(12, 8),
                bar(rest("eighth"), note("D5", "eighth"), note("E5", "eighth"),
                        note("F5", "sixteenth"), note("E5", "sixteenth"), note("D5", "eighth"), note("C5", "eighth"),
                        note("B4", "quarter."), note("A4", "quarter.")));
        check(t, "clef-G2 keySignature-CM timeSignature-12/8 rest-eighth note-D5_eighth note-E5_eighth note-F5_sixteenth "
                        + "note-E5_sixteenth note-D5_eighth note-C5_eighth note-B4_quarter. note-A4_quarter. barline",
                "clef.G-L2 digit.12-L4 digit.8-L2 rest.eighth-L3 note.beamedRight1-L4 note.beamedLeft1-S4 note.beamedRight2-L5 "
                        + "note.beamedBoth2-S4 note.beamedBoth1-L4 note.beamedLeft1-S3 note.quarter-L3 dot-S3 note.quarter-S2 dot-S2 "
                        + "barline-L1");
    }

    @Test
    void tieAcrossTheBarDoesNotReshowButTheNextNoteDoesAndDoubleFlat() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(4, 4),
                bar(note("G4", "half"), tied("F#4", "half")),
                bar(note("F#4", "quarter"), note("F#4", "quarter"), note("Bbb4", "half")));
        check(t, "clef-G2 keySignature-CM timeSignature-4/4 note-G4_half note-F#4_half tie barline note-F#4_quarter "
                        + "note-F#4_quarter note-Bbb4_half barline",
                "clef.G-L2 digit.4-L4 digit.4-L2 note.half-L2 accidental.sharp-S1 note.half-S1 slur.start-S1 barline-L1 "
                        + "slur.end-S1 note.quarter-S1 accidental.sharp-S1 note.quarter-S1 accidental.double_flat-L3 note.half-L3 "
                        + "barline-L1");
    }

    @Test
    void keyChangeToCMajorWritesCancellingNaturals() throws Exception {
        Tune t = tune(Clef.TREBLE, 2, TimeSignature.of(2, 4),
                bar(note("D5", "half")),
                bar(new KeyChange(KeySignature.C_MAJOR), note("F5", "half")));
        check(t, "clef-G2 keySignature-DM timeSignature-2/4 note-D5_half barline keySignature-CM note-F5_half barline",
                "clef.G-L2 accidental.sharp-L5 accidental.sharp-S3 digit.2-L4 digit.4-L2 note.half-L4 barline-L1 "
                        + "accidental.natural-L5 accidental.natural-S3 note.half-L5 barline-L1");
    }

    @Test
    void restDotsSitWhereVerovioDrawsThem() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(4, 4),
                bar(rest("whole.")),
                bar(rest("quarter."), rest("thirty_second."), rest("eighth.."), note("B4", "half")));
        check(t, "clef-G2 keySignature-CM timeSignature-4/4 rest-whole. barline rest-quarter. rest-thirty_second. "
                        + "rest-eighth.. note-B4_half barline",
                "clef.G-L2 digit.4-L4 digit.4-L2 rest.whole-L4 dot-S4 barline-L1 rest.quarter-L3 dot-S3 "
                        + "rest.thirty_second-L3 dot-S4 rest.eighth-L3 dot-S3 dot-S3 note.half-L3 barline-L1");
    }

    @Test
    void tieCrossesABarLineAndAClefChangeWithoutReshowingTheSharp() throws Exception {
        Tune t = tune(Clef.TREBLE, 0, TimeSignature.of(2, 4),
                bar(tied("C#4", "half")),
                bar(new ClefChange(Clef.BASS), note("C#4", "half")));
        check(t, "clef-G2 keySignature-CM timeSignature-2/4 note-C#4_half tie barline clef-F4 note-C#4_half barline",
                "clef.G-L2 digit.2-L4 digit.4-L2 accidental.sharp-L0 note.half-L0 slur.start-L0 barline-L1 clef.F-L4 "
                        + "slur.end-L6 note.half-L6 barline-L1");
    }
}
