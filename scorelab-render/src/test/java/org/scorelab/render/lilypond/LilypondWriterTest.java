package org.scorelab.render.lilypond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.model.Tuplet;

/** Known answers written by hand from the music: what LilyPond is asked to draw. */
class LilypondWriterTest {

    static Tune abc(String text) {
        ReadResult r = new AbcReader().readString("test.abc", text);
        assertThat(r.failures()).isEmpty();
        return r.tunes().get(0);
    }

    static Tune tune(Clef clef, KeySignature key, TimeSignature meter, List<Measure> measures) {
        return new Tune(new TuneInfo("t.abc", 1, "A Title", clef, key, meter, 0, null), measures);
    }

    static Note note(Step step, int alter, int octave, NoteValue value) {
        return Note.of(new Pitch(step, alter, octave), Duration.of(value));
    }

    static Measure measure(Event... events) {
        return new Measure(List.of(events), BarLine.SINGLE);
    }

    /** The music lines of the score, without the settings above it. */
    private static List<String> music(String ly) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String l : ly.lines().toList()) {
            if (l.equals("\\score {")) {
                in = true;
            } else if (in && !l.strip().equals("{") && !l.strip().equals("}")) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static final LilypondWriter WRITER = new LilypondWriter();

    @Test
    void theTenPrimusClefsSitOnTheirLines() {
        assertThat(LilypondWriter.clef(Clef.TREBLE)).isEqualTo("\\clef \"treble\"");
        assertThat(LilypondWriter.clef(new Clef(Clef.Sign.G, 1, 0))).isEqualTo("\\clef \"french\"");
        assertThat(LilypondWriter.clef(Clef.BASS)).isEqualTo("\\clef \"bass\"");
        assertThat(LilypondWriter.clef(new Clef(Clef.Sign.F, 3, 0))).isEqualTo("\\clef \"varbaritone\"");
        assertThat(LilypondWriter.clef(new Clef(Clef.Sign.F, 5, 0))).isEqualTo("\\clef \"subbass\"");
        assertThat(LilypondWriter.clef(new Clef(Clef.Sign.C, 1, 0))).isEqualTo("\\clef \"soprano\"");
        assertThat(LilypondWriter.clef(new Clef(Clef.Sign.C, 2, 0))).isEqualTo("\\clef \"mezzosoprano\"");
        assertThat(LilypondWriter.clef(Clef.ALTO)).isEqualTo("\\clef \"alto\"");
        assertThat(LilypondWriter.clef(Clef.TENOR)).isEqualTo("\\clef \"tenor\"");
        assertThat(LilypondWriter.clef(new Clef(Clef.Sign.C, 5, 0))).isEqualTo("\\clef \"baritone\"");
        assertThatThrownBy(() -> LilypondWriter.clef(new Clef(Clef.Sign.G, 3, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no PrIMuS clef sits on line 3 of a G clef");
    }

    @Test
    void everyKeyIsTheMajorKeyTheTokenNames() {
        List<String> keys = new ArrayList<>();
        for (int f = -7; f <= 7; f++) {
            keys.add(LilypondWriter.key(KeySignature.ofFifths(f)));
        }
        assertThat(keys).containsExactly("\\key ces \\major", "\\key ges \\major", "\\key des \\major", "\\key aes \\major",
                "\\key ees \\major", "\\key bes \\major", "\\key f \\major", "\\key c \\major", "\\key g \\major",
                "\\key d \\major", "\\key a \\major", "\\key e \\major", "\\key b \\major", "\\key fis \\major",
                "\\key cis \\major");
        // a minor key has the signature of its relative major, as keySignature-CM says
        assertThat(LilypondWriter.key(new KeySignature(0, KeySignature.Mode.MINOR))).isEqualTo("\\key c \\major");
    }

    @Test
    void pitchesAreSoundingPitchesInDutchNames() {
        assertThat(LilypondWriter.pitch(Pitch.of(Step.C, 4))).isEqualTo("c'");
        assertThat(LilypondWriter.pitch(new Pitch(Step.F, 1, 5))).isEqualTo("fis''");
        assertThat(LilypondWriter.pitch(new Pitch(Step.B, -1, 2))).isEqualTo("bes,");
        assertThat(LilypondWriter.pitch(new Pitch(Step.E, -2, 3))).isEqualTo("eeses");
        assertThat(LilypondWriter.pitch(new Pitch(Step.G, 2, 6))).isEqualTo("gisis'''");
        assertThat(LilypondWriter.pitch(Pitch.of(Step.A, 0))).isEqualTo("a,,,");
    }

    @Test
    void durationsWithDotsDownToTheLonga() {
        assertThat(LilypondWriter.duration(Duration.of(NoteValue.QUARTER, 1))).isEqualTo("4.");
        assertThat(LilypondWriter.duration(Duration.of(NoteValue.HALF, 2))).isEqualTo("2..");
        assertThat(LilypondWriter.duration(Duration.of(NoteValue.SIXTEENTH))).isEqualTo("16");
        assertThat(LilypondWriter.duration(Duration.of(NoteValue.HUNDRED_TWENTY_EIGHTH))).isEqualTo("128");
        assertThat(LilypondWriter.duration(Duration.of(NoteValue.DOUBLE_WHOLE))).isEqualTo("\\breve");
        assertThat(LilypondWriter.duration(Duration.of(NoteValue.QUADRUPLE_WHOLE, 1))).isEqualTo("\\longa.");
    }

    @Test
    void metersAreNumbersUnlessTheModelSaysCommonOrCut() {
        Measure m = measure(note(Step.C, 0, 5, NoteValue.WHOLE));
        assertThat(music(WRITER.ly(tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(4, 4), List.of(m)), LilypondStyle.DEFAULT)).get(0))
                .isEqualTo("\\clef \"treble\" \\key c \\major \\numericTimeSignature \\time 4/4");
        assertThat(music(WRITER.ly(tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.COMMON, List.of(m)), LilypondStyle.DEFAULT)).get(0))
                .endsWith("\\defaultTimeSignature \\time 4/4");
        Measure half = measure(note(Step.C, 0, 5, NoteValue.WHOLE));
        assertThat(music(WRITER.ly(tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.CUT, List.of(half)), LilypondStyle.DEFAULT)).get(0))
                .endsWith("\\defaultTimeSignature \\time 2/2");
        assertThat(music(WRITER.ly(tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.FREE, List.of(m)), LilypondStyle.DEFAULT)).get(0))
                .endsWith("\\once \\omit Staff.TimeSignature \\time 4/4");
    }

    @Test
    void aJigWithTupletGraceFermataAndTieInAMinorKey() {
        // ABC's C, is C3, C is C4 (c'); a lone grace note is read in the unit length, an eighth
        Tune t = abc("X:1\nT:Secret Title\nR:jig\nM:6/8\nL:1/8\nK:Em clef=bass\n"
                + "E,2F, (3G,A,B, C-|C3 {D}E3|!fermata!F3 z2 !trill!G,|]\n");
        String ly = WRITER.ly(t, LilypondStyle.DEFAULT);
        assertThat(ly).doesNotContain("Secret").doesNotContain("jig").doesNotContain("trill")
                .contains("tagline = ##f").contains("\\omit BarNumber").contains("indent = 0")
                .contains("page-breaking = #ly:one-line-breaking").contains("\\omit TupletNumber").contains("\\omit TupletBracket")
                .contains("spacing-increment = #1.200").doesNotContain("autoBeaming");
        assertThat(music(ly)).containsExactly(
                "\\clef \"bass\" \\key g \\major \\numericTimeSignature \\time 6/8",
                "e4 fis8 \\tuplet 3/2 { g8 a8 b8 } c'8 ~ \\bar \"|\" |",
                "c'4. \\grace { d'8 } e'4. \\bar \"|\" |",
                "fis'4.\\fermata r4 g8 \\bar \"|.\" |");
    }

    @Test
    void multirestsAreHBarsOfTheirMeasuresAndShortOrLongMeasuresKeepTheirBarLines() {
        Tune t = tune(new Clef(Clef.Sign.C, 1, 0), KeySignature.ofFifths(-3), TimeSignature.of(3, 4), List.of(
                measure(note(Step.G, 0, 4, NoteValue.QUARTER)),
                measure(new MultiRest(5)),
                measure(new MultiRest(1)),
                measure(note(Step.B, -1, 4, NoteValue.HALF), note(Step.A, -1, 4, NoteValue.HALF)),
                measure(Rest.of(Duration.of(NoteValue.HALF, 1))),
                new Measure(List.of(new Rest(Duration.of(NoteValue.QUARTER), true)), BarLine.DOUBLE)));
        String ly = WRITER.ly(t, LilypondStyle.DEFAULT);
        assertThat(ly).contains("\\override MultiMeasureRest.expand-limit = #0").contains("restNumberThreshold = #0")
                .contains("skipBars = ##t");
        assertThat(music(ly)).containsExactly(
                "\\clef \"soprano\" \\key ees \\major \\numericTimeSignature \\time 3/4",
                "\\partial 1*1/4 g'4 \\bar \"|\" |",
                "R1*15/4 \\bar \"|\" |",
                "R1*3/4 \\bar \"|\" |",
                "\\set Timing.measureLength = #(ly:make-moment 1/1) bes'2 aes'2 \\bar \"|\" |",
                "\\set Timing.measureLength = #(ly:make-moment 3/4) r2. \\bar \"|\" |",
                "\\set Timing.measureLength = #(ly:make-moment 1/4) r4\\fermata \\bar \"||\" |");
    }

    @Test
    void changesOfClefKeyAndMeterAreWrittenWhereTheyHappen() {
        Tune t = tune(Clef.TREBLE, KeySignature.ofFifths(2), TimeSignature.of(2, 4), List.of(
                measure(note(Step.D, 0, 5, NoteValue.HALF)),
                measure(new ClefChange(new Clef(Clef.Sign.F, 3, 0)), new KeyChange(KeySignature.ofFifths(-1)),
                        new MeterChange(TimeSignature.of(3, 8)), note(Step.F, 0, 3, NoteValue.QUARTER, 1)),
                new Measure(List.of(new MeterChange(TimeSignature.CUT), new ClefChange(new Clef(Clef.Sign.F, 5, 0)),
                        note(Step.C, 0, 3, NoteValue.WHOLE)), BarLine.FINAL)));
        assertThat(music(WRITER.ly(t, LilypondStyle.DEFAULT))).containsExactly(
                "\\clef \"treble\" \\key d \\major \\numericTimeSignature \\time 2/4",
                "d''2 \\bar \"|\" |",
                "\\clef \"varbaritone\" \\key f \\major \\numericTimeSignature \\time 3/8 f4. \\bar \"|\" |",
                "\\defaultTimeSignature \\time 2/2 \\clef \"subbass\" c1 \\bar \"|.\" |");
        // the clef is moved after the bar line in mid-line, where the semantic tokens put it
        assertThat(WRITER.ly(t, LilypondStyle.DEFAULT)).contains("signum-repetitionis staff-bar clef cue-clef key-cancellation");
    }

    static Note note(Step step, int alter, int octave, NoteValue value, int dots) {
        return Note.of(new Pitch(step, alter, octave), Duration.of(value, dots));
    }

    @Test
    void aTieWithNothingToTieToIsATieIntoTheAirAndGraceGroupsStayTogether() {
        Note g1 = new Note(Pitch.of(Step.A, 4), Duration.of(NoteValue.SIXTEENTH), false, true, Set.of());
        Note g2 = new Note(Pitch.of(Step.B, 4), Duration.of(NoteValue.SIXTEENTH), false, true, Set.of());
        Note tiedToRest = note(Step.C, 0, 5, NoteValue.QUARTER).withTieToNext(true);
        Note last = new Note(Pitch.of(Step.E, 5), Duration.of(NoteValue.QUARTER), true, false, Set.of(Decoration.FERMATA, Decoration.STACCATO));
        Tune t = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(3, 4), List.of(
                new Measure(List.of(g1, g2, tiedToRest, Rest.of(Duration.of(NoteValue.QUARTER)), last), BarLine.NONE)));
        assertThat(music(WRITER.ly(t, LilypondStyle.DEFAULT))).containsExactly(
                "\\clef \"treble\" \\key c \\major \\numericTimeSignature \\time 3/4",
                "\\grace { a'16 b'16 } c''4 \\laissezVibrer r4 e''4\\fermata \\laissezVibrer \\bar \"\" |");
    }

    @Test
    void tupletsOfOtherRatiosAndRestsInsideThemShareOneHiddenGroup() {
        Duration trip = Duration.of(NoteValue.EIGHTH).withTuplet(Tuplet.TRIPLET);
        Duration quint = Duration.of(NoteValue.SIXTEENTH).withTuplet(new Tuplet(5, 4));
        Tune t = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(2, 4), List.of(measure(
                Note.of(Pitch.of(Step.C, 5), trip), Rest.of(trip), Note.of(Pitch.of(Step.E, 5), trip),
                Note.of(Pitch.of(Step.D, 5), quint), Note.of(Pitch.of(Step.E, 5), quint), Note.of(Pitch.of(Step.F, 5), quint),
                Note.of(Pitch.of(Step.G, 5), quint), Note.of(Pitch.of(Step.A, 5), quint))));
        assertThat(music(WRITER.ly(t, LilypondStyle.DEFAULT)).get(1)).isEqualTo(
                "\\tuplet 3/2 { c''8 r8 e''8 } \\tuplet 5/4 { d''16 e''16 f''16 g''16 a''16 } \\bar \"|\" |");
    }

    @Test
    void theStyleSetsSpacingAndFlagsOnly() {
        Tune t = abc("X:1\nM:2/4\nL:1/8\nK:C\ncdef|g4|]\n");
        String ly = WRITER.ly(t, new LilypondStyle(1.45, false, 7));
        assertThat(ly).contains("spacing-increment = #1.450").contains("autoBeaming = ##f");
        LilypondStyle drawn = LilypondStyle.draw(new SplittableRandom(5));
        assertThat(drawn.spacingIncrement()).isBetween(1.0, 1.5);
        assertThat(drawn.margin()).isBetween(5, 20);
        assertThat(LilypondStyle.draw(new SplittableRandom(5))).isEqualTo(drawn);
        assertThatThrownBy(() -> new LilypondStyle(2.5, true, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spacingIncrement must be in [0.9, 1.8], was 2.5");
        assertThatThrownBy(() -> new LilypondStyle(1.2, true, 101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("margin must be in 0..100, was 101");
    }

    @Test
    void octaveClefsAndClefsOutsidePrimusAreRefusedWithTheReason() {
        Tune octave = tune(new Clef(Clef.Sign.G, 2, -1), KeySignature.C_MAJOR, TimeSignature.of(2, 4),
                List.of(measure(note(Step.C, 0, 4, NoteValue.HALF))));
        assertThat(LilypondWriter.refusal(octave)).isEqualTo("a G2 clef with an octave shift of -1, which the semantic tokens do not name");
        assertThatThrownBy(() -> WRITER.ly(octave, LilypondStyle.DEFAULT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot write for LilyPond: a G2 clef with an octave shift of -1, which the semantic tokens do not name");
        Tune change = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(2, 4),
                List.of(measure(new ClefChange(new Clef(Clef.Sign.F, 2, 0)), note(Step.C, 0, 4, NoteValue.HALF))));
        assertThat(LilypondWriter.refusal(change)).isEqualTo("a F2 clef, which is not one of the ten PrIMuS clefs");
        Tune fine = tune(new Clef(Clef.Sign.C, 5, 0), KeySignature.C_MAJOR, TimeSignature.of(2, 4),
                List.of(measure(new MultiRest(1))));
        assertThat(LilypondWriter.refusal(fine)).isNull();
    }

    @Test
    void repeatAndOtherBarLines() {
        assertThat(LilypondWriter.bar(BarLine.SINGLE)).isEqualTo("|");
        assertThat(LilypondWriter.bar(BarLine.DOUBLE)).isEqualTo("||");
        assertThat(LilypondWriter.bar(BarLine.FINAL)).isEqualTo("|.");
        assertThat(LilypondWriter.bar(new BarLine(BarLine.Style.HEAVY_LIGHT, false, false))).isEqualTo(".|");
        assertThat(LilypondWriter.bar(new BarLine(BarLine.Style.SINGLE, false, true))).isEqualTo(":|.");
        assertThat(LilypondWriter.bar(new BarLine(BarLine.Style.SINGLE, true, false))).isEqualTo(".|:");
        assertThat(LilypondWriter.bar(new BarLine(BarLine.Style.DOUBLE, true, true))).isEqualTo(":|.|:");
        assertThat(LilypondWriter.bar(BarLine.NONE)).isEmpty();
    }
}
