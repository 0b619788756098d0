package org.scorelab.core.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.core.abc.Music.bar;
import static org.scorelab.core.abc.Music.chord;
import static org.scorelab.core.abc.Music.deco;
import static org.scorelab.core.abc.Music.grace;
import static org.scorelab.core.abc.Music.m;
import static org.scorelab.core.abc.Music.n;
import static org.scorelab.core.abc.Music.p;
import static org.scorelab.core.abc.Music.r;
import static org.scorelab.core.abc.Music.tied;
import static org.scorelab.core.abc.Music.tup;
import static org.scorelab.core.model.BarLine.Style.DOUBLE;
import static org.scorelab.core.model.BarLine.Style.FINAL;
import static org.scorelab.core.model.BarLine.Style.HEAVY_LIGHT;
import static org.scorelab.core.model.BarLine.Style.INVISIBLE;
import static org.scorelab.core.model.BarLine.Style.SINGLE;
import static org.scorelab.core.model.NoteValue.EIGHTH;
import static org.scorelab.core.model.NoteValue.HALF;
import static org.scorelab.core.model.NoteValue.QUARTER;
import static org.scorelab.core.model.NoteValue.SIXTEENTH;
import static org.scorelab.core.model.NoteValue.THIRTY_SECOND;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.KeySignature.Mode;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/** Known answers: each expected event below was written out by hand from the ABC above it. */
class AbcReaderTest {

    private final AbcReader reader = new AbcReader();

    private Tune one(String abc) {
        ReadResult res = reader.readString("test.abc", abc);
        assertThat(res.failures()).isEmpty();
        assertThat(res.tunes()).hasSize(1);
        return res.tunes().get(0);
    }

    private static String tune(String header, String body) {
        return "X:1\nT:t\n" + header + "\n" + body + "\n";
    }

    @Test
    void headerFieldsGoToTheirPlacesAndLabelFieldsOnlyToTheMap() {
        Tune t = one("X:7\nT:Header Test\nT:Second Title\nR:reel\nO:Ireland\nN:first note\nN:second note\n"
                + "M:2/4\nQ:1/4=120\nK:Ador\nAB|\n");
        assertThat(t.info().source()).isEqualTo("test.abc");
        assertThat(t.info().number()).isEqualTo(7);
        assertThat(t.info().title()).isEqualTo("Header Test");
        assertThat(t.info().fields()).isEqualTo(Map.of("T", "Second Title", "R", "reel", "O", "Ireland",
                "N", "first note\nsecond note"));
        assertThat(t.info().meter()).isEqualTo(TimeSignature.of(2, 4));
        assertThat(t.info().tempoBpm()).isEqualTo(120);
        // A dorian: the signature of G major, one sharp
        assertThat(t.info().key()).isEqualTo(new KeySignature(1, Mode.DORIAN));
        assertThat(t.info().clef()).isEqualTo(Clef.TREBLE);
        // no L: and 2/4 < 3/4, so the unit is a sixteenth
        assertThat(t.measures()).containsExactly(m(BarLine.SINGLE, n("A4", SIXTEENTH), n("B4", SIXTEENTH)));
    }

    @Test
    void defaultUnitIsAnEighthFromThreeQuartersUpAndWithoutMeter() {
        assertThat(one(tune("M:6/8\nK:C", "A|")).measures().get(0).events()).containsExactly(n("A4", EIGHTH));
        assertThat(one(tune("M:3/4\nK:C", "A|")).measures().get(0).events()).containsExactly(n("A4", EIGHTH));
        Tune free = one(tune("K:C", "A|"));
        assertThat(free.info().meter()).isEqualTo(TimeSignature.FREE);
        assertThat(free.measures().get(0).events()).containsExactly(n("A4", EIGHTH));
    }

    @Test
    void everyLengthFormAndOctaveMark() {
        Tune t = one(tune("M:none\nL:1/8\nK:C", "C, c' A2 A/2 A/ A// A3/2 A3 A7/4 C,,, z2 x/|"));
        assertThat(t.measures().get(0).events()).containsExactly(
                n("C3", EIGHTH), n("C6", EIGHTH), n("A4", QUARTER), n("A4", SIXTEENTH), n("A4", SIXTEENTH),
                n("A4", THIRTY_SECOND), n("A4", EIGHTH, 1), n("A4", QUARTER, 1), n("A4", EIGHTH, 2),
                n("C1", EIGHTH), r(QUARTER), r(SIXTEENTH));
    }

    @Test
    void brokenRhythmDotsOneNoteAndShortensTheOther() {
        Tune t = one(tune("M:none\nL:1/8\nK:C", "A>B A<B A>>B c2>d|"));
        assertThat(t.measures().get(0).events()).containsExactly(
                n("A4", EIGHTH, 1), n("B4", SIXTEENTH),
                n("A4", SIXTEENTH), n("B4", EIGHTH, 1),
                n("A4", EIGHTH, 2), n("B4", THIRTY_SECOND),
                n("C5", QUARTER, 1), n("D5", SIXTEENTH));
    }

    @Test
    void accidentalsLastToTheBarForTheirPitchAndTheKeyDoesTheRest() {
        Tune t = one(tune("M:none\nL:1/8\nK:D", "F ^G G =F F c | F _B __B ^^c =c c | ^c C c|"));
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE, n("F#4", EIGHTH), n("G#4", EIGHTH), n("G#4", EIGHTH), n("F4", EIGHTH),
                        n("F4", EIGHTH), n("C#5", EIGHTH)),
                m(BarLine.SINGLE, n("F#4", EIGHTH), n("Bb4", EIGHTH), n("Bbb4", EIGHTH), n("C##5", EIGHTH),
                        n("C5", EIGHTH), n("C5", EIGHTH)),
                // ^c raises C5 only: C4 keeps the key's C sharp
                m(BarLine.SINGLE, n("C#5", EIGHTH), n("C#4", EIGHTH), n("C#5", EIGHTH)));
    }

    @Test
    void tupletsTakeTheStandardDefaultsAndExplicitRatios() {
        Tune compound = one(tune("M:6/8\nL:1/8\nK:C", "(3ABc (2AB (5ABcde (3{g}ABc|"));
        assertThat(compound.measures().get(0).events()).containsExactly(
                tup(n("A4", EIGHTH), 3, 2), tup(n("B4", EIGHTH), 3, 2), tup(n("C5", EIGHTH), 3, 2),
                tup(n("A4", EIGHTH), 2, 3), tup(n("B4", EIGHTH), 2, 3),
                tup(n("A4", EIGHTH), 5, 3), tup(n("B4", EIGHTH), 5, 3), tup(n("C5", EIGHTH), 5, 3),
                tup(n("D5", EIGHTH), 5, 3), tup(n("E5", EIGHTH), 5, 3),
                // the grace note neither counts nor gets the ratio
                grace(n("G5", EIGHTH)), tup(n("A4", EIGHTH), 3, 2), tup(n("B4", EIGHTH), 3, 2),
                tup(n("C5", EIGHTH), 3, 2));
        Tune simple = one(tune("M:2/4\nL:1/8\nK:C", "(5ABcde (3:2:2A2B (3zAB (3::2cd e|"));
        assertThat(simple.measures().get(0).events()).containsExactly(
                tup(n("A4", EIGHTH), 5, 2), tup(n("B4", EIGHTH), 5, 2), tup(n("C5", EIGHTH), 5, 2),
                tup(n("D5", EIGHTH), 5, 2), tup(n("E5", EIGHTH), 5, 2),
                tup(n("A4", QUARTER), 3, 2), tup(n("B4", EIGHTH), 3, 2),
                new Rest(tup(n("A4", EIGHTH), 3, 2).duration(), false), tup(n("A4", EIGHTH), 3, 2),
                tup(n("B4", EIGHTH), 3, 2),
                tup(n("C5", EIGHTH), 3, 2), tup(n("D5", EIGHTH), 3, 2), n("E5", EIGHTH));
    }

    @Test
    void tiesChordsAndLengthsThatNeedTiedValues() {
        Tune t = one(tune("M:none\nL:1/8\nK:C", "[CEG]2 [C-EG] [ce]/ [c3e3] A5 z5 [CE]5-|C"));
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE,
                        chord(n("C4", QUARTER), n("E4", QUARTER), n("G4", QUARTER)),
                        chord(tied(n("C4", EIGHTH)), n("E4", EIGHTH), n("G4", EIGHTH)),
                        chord(n("C5", SIXTEENTH), n("E5", SIXTEENTH)),
                        chord(n("C5", QUARTER, 1), n("E5", QUARTER, 1)),
                        // 5/8 is no single value: a half tied to an eighth
                        tied(n("A4", HALF)), n("A4", EIGHTH),
                        r(HALF), r(EIGHTH),
                        chord(tied(n("C4", HALF)), tied(n("E4", HALF))),
                        chord(tied(n("C4", EIGHTH)), tied(n("E4", EIGHTH)))),
                m(BarLine.NONE, n("C4", EIGHTH)));
    }

    @Test
    void graceNotesAndDecorations() {
        Tune t = one(tune("M:none\nL:1/8\nK:C",
                "{g}A {/ag}B {g2}c !fermata!c Hd .e ~f Tg !trill!a ub vc !accent!d Le Mf +trill+g !segno!a Hz H[CE]|"));
        assertThat(t.measures().get(0).events()).containsExactly(
                grace(n("G5", EIGHTH)), n("A4", EIGHTH),
                grace(n("A5", EIGHTH)), grace(n("G5", EIGHTH)), n("B4", EIGHTH),
                grace(n("G5", QUARTER)), n("C5", EIGHTH),
                deco(n("C5", EIGHTH), Decoration.FERMATA), deco(n("D5", EIGHTH), Decoration.FERMATA),
                deco(n("E5", EIGHTH), Decoration.STACCATO), deco(n("F5", EIGHTH), Decoration.ROLL),
                deco(n("G5", EIGHTH), Decoration.TRILL), deco(n("A5", EIGHTH), Decoration.TRILL),
                deco(n("B5", EIGHTH), Decoration.UPBOW), deco(n("C5", EIGHTH), Decoration.DOWNBOW),
                deco(n("D5", EIGHTH), Decoration.ACCENT), deco(n("E5", EIGHTH), Decoration.ACCENT),
                deco(n("F5", EIGHTH), Decoration.MORDENT), deco(n("G5", EIGHTH), Decoration.TRILL),
                n("A5", EIGHTH), new Rest(r(EIGHTH).duration(), true),
                chord(deco(n("C4", EIGHTH), Decoration.FERMATA), deco(n("E4", EIGHTH), Decoration.FERMATA)));
    }

    @Test
    void barLinesRepeatsAndEndings() {
        Tune t = one(tune("M:2/4\nL:1/4\nK:C", "|:A B:|C D||E F|1 G A:|2 B c|]\nd e[|f g|:a b::c d:|:e f[|]g a.|b"));
        assertThat(t.measures()).containsExactly(
                m(bar(SINGLE, false, true), n("A4", QUARTER), n("B4", QUARTER)),
                m(BarLine.DOUBLE, n("C4", QUARTER), n("D4", QUARTER)),
                m(BarLine.SINGLE, n("E4", QUARTER), n("F4", QUARTER)),
                m(bar(SINGLE, false, true), 1, n("G4", QUARTER), n("A4", QUARTER)),
                m(BarLine.FINAL, 2, n("B4", QUARTER), n("C5", QUARTER)),
                m(bar(HEAVY_LIGHT, false, false), n("D5", QUARTER), n("E5", QUARTER)),
                m(bar(SINGLE, true, false), n("F5", QUARTER), n("G5", QUARTER)),
                m(bar(SINGLE, true, true), n("A5", QUARTER), n("B5", QUARTER)),
                m(bar(SINGLE, true, true), n("C5", QUARTER), n("D5", QUARTER)),
                m(bar(INVISIBLE, false, false), n("E5", QUARTER), n("F5", QUARTER)),
                m(BarLine.SINGLE, n("G5", QUARTER), n("A5", QUARTER)),
                m(BarLine.NONE, n("B5", QUARTER)));
    }

    @Test
    void barLinesWithNothingBetweenMergeAndEndingListsKeepTheFirstNumber() {
        Tune t = one(tune("M:2/4\nL:1/4\nK:C", "AB:| |:CD|[1,3 EF:| [2 GA||"));
        assertThat(t.measures()).containsExactly(
                m(bar(SINGLE, true, true), n("A4", QUARTER), n("B4", QUARTER)),
                m(BarLine.SINGLE, n("C4", QUARTER), n("D4", QUARTER)),
                m(bar(SINGLE, false, true), 1, n("E4", QUARTER), n("F4", QUARTER)),
                m(bar(DOUBLE, false, false), 2, n("G4", QUARTER), n("A4", QUARTER)));
    }

    @Test
    void inlineAndBodyFieldsChangeKeyMeterClefAndUnit() {
        Tune t = one(tune("M:4/4\nL:1/8\nK:C", "F [K:G]F [M:3/4][L:1/4]F2 | [K:Bb clef=bass]B|\nK:D\nM:6/8\nL:1/16\nF|"));
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE, n("F4", EIGHTH), new KeyChange(KeySignature.ofFifths(1)), n("F#4", EIGHTH),
                        new MeterChange(TimeSignature.of(3, 4)), n("F#4", HALF)),
                m(BarLine.SINGLE, new KeyChange(KeySignature.ofFifths(-2)), new ClefChange(Clef.BASS),
                        n("Bb4", QUARTER)),
                m(BarLine.SINGLE, new KeyChange(KeySignature.ofFifths(2)), new MeterChange(TimeSignature.of(6, 8)),
                        n("F#4", SIXTEENTH)));
    }

    @Test
    void multiRestsFirstVoiceOnlyLyricsCommentsAndContinuations() {
        Tune t = one(tune("M:2/4\nL:1/4\nK:C", "V:1\nA B | Z2 | X |  % comment\n%%MIDI program 1\nw: la la\n"
                + "V:2\nc d | e f |\nV:1\nC` D\\\n E F |]"));
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE, n("A4", QUARTER), n("B4", QUARTER)),
                m(BarLine.SINGLE, new MultiRest(2)),
                m(BarLine.SINGLE, new MultiRest(1)),
                // the backslash joins the lines, so their end does not close the full measure
                m(BarLine.FINAL, n("C4", QUARTER), n("D4", QUARTER), n("E4", QUARTER), n("F4", QUARTER)));
    }

    @Test
    void inlineVoiceSwitchesKeepOnlyTheFirstVoice() {
        Tune t = one("X:1\nT:v\nM:2/4\nL:1/4\nV:T1\nV:B1 clef=bass\nK:C\n[V:T1]AB|[V:B1]C,D,|\n[V:T1]cd|]\n");
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE, n("A4", QUARTER), n("B4", QUARTER)),
                m(BarLine.FINAL, n("C5", QUARTER), n("D5", QUARTER)));
        assertThat(t.info().fields()).isEmpty();
    }

    @Test
    void aLineEndingOnAFullMeasureClosesItAndAFinalPartialMeasureEndsTheTune() {
        Tune t = one(tune("M:3/4\nL:1/4\nK:C", "C D E | F G A\nB c d | e f g\nB c\nd | e"));
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE, n("C4", QUARTER), n("D4", QUARTER), n("E4", QUARTER)),
                m(BarLine.SINGLE, n("F4", QUARTER), n("G4", QUARTER), n("A4", QUARTER)),
                m(BarLine.SINGLE, n("B4", QUARTER), n("C5", QUARTER), n("D5", QUARTER)),
                m(BarLine.SINGLE, n("E5", QUARTER), n("F5", QUARTER), n("G5", QUARTER)),
                m(BarLine.SINGLE, n("B4", QUARTER), n("C5", QUARTER), n("D5", QUARTER)),
                m(BarLine.NONE, n("E5", QUARTER)));
    }

    @Test
    void annotationsSlursSpacesAndBacktickedBeamsAreSkipped() {
        Tune t = one(tune("M:none\nL:1/8\nK:G", "\"G\"(AB)\"^text\" `c`d` (3(efg)|"));
        assertThat(t.measures().get(0).events()).containsExactly(n("A4", EIGHTH), n("B4", EIGHTH),
                n("C5", EIGHTH), n("D5", EIGHTH), tup(n("E5", EIGHTH), 3, 2), tup(n("F#5", EIGHTH), 3, 2),
                tup(n("G5", EIGHTH), 3, 2));
    }

    @Test
    void readsEveryTuneAndKeepsTheGoodOnesWhenOneFails() {
        ReadResult res = reader.readString("set.abc",
                "%abc-2.1\n\nX:1\nT:One\nK:C\nCDE|\n\nX:2\nT:Two\nK:C\nCD/0E|\n\nX:3\nT:Three\nK:G\nF|\n");
        assertThat(res.tunes()).extracting(x -> x.info().title()).containsExactly("One", "Three");
        assertThat(res.tunes().get(1).measures().get(0).events()).containsExactly(n("F#4", EIGHTH));
        assertThat(res.failures()).hasSize(1);
        assertThat(res.failures().get(0).getMessage()).isEqualTo("set.abc: line 11, col 3: unknown note length "
                + "'/0': found '/0', expected a length such as 2, /2, // or 3/2 (tune X:2 \"Two\")");
    }

    @Test
    void fallsBackToLatin1WhenTheBytesAreNotUtf8() {
        byte[] latin1 = "X:1\nT:M\u00e4dchen\nK:C\nC|\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.readBytes("l.abc", latin1).tunes().get(0).info().title()).isEqualTo("M\u00e4dchen");
        byte[] utf8 = "X:1\nT:M\u00e4dchen \u4e2d\nK:C\nC|\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.readBytes("u.abc", utf8).tunes().get(0).info().title()).isEqualTo("M\u00e4dchen \u4e2d");
    }

    @Test
    void quotedPrintableRemainsAndReservedCharactersAreIgnored() {
        Tune t = one(tune("M:none\nL:1/8\nK:C", "AB =\nc=3Dd |=20\ne* f|"));
        assertThat(t.measures()).containsExactly(
                m(BarLine.SINGLE, n("A4", EIGHTH), n("B4", EIGHTH), n("C5", EIGHTH), n("D5", EIGHTH)),
                m(BarLine.SINGLE, n("E5", EIGHTH), n("F5", EIGHTH)));
    }

    @Test
    void aBarLineContinuedOnTheNextLine() {
        Tune t = one(tune("M:2/4\nL:1/4\nK:C", "AB||\n:CD:|\n2EF|]"));
        assertThat(t.measures()).containsExactly(
                m(bar(DOUBLE, true, false), n("A4", QUARTER), n("B4", QUARTER)),
                m(bar(SINGLE, false, true), n("C4", QUARTER), n("D4", QUARTER)),
                m(BarLine.FINAL, 2, n("E4", QUARTER), n("F4", QUARTER)));
    }

    @Test
    void pitchesAreTheSoundingOnesSoTheMelodySkipsGraceNotes() {
        Tune t = one(tune("M:none\nL:1/8\nK:F", "{c}B [FAc] B|"));
        List<Note> melody = t.melody();
        assertThat(melody).extracting(Note::pitch).containsExactly(p("Bb4"), p("C5"), p("Bb4"));
    }
}
