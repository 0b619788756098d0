package org.scorelab.core.midi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.Tuplet;

/** Reading performances and foreign files: voice choice, quantisation, key estimate, bad input. */
class MidiReaderTest {

    @TempDir
    Path dir;

    @Test
    void humanisedTimingIsQuantisedAndTripletsSurvive() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 96);
        Track t = seq.createTrack();
        // Beat 1: a quarter played a little late; beat 2: triplet eighths, a little uneven;
        // beats 3-4: two eighths then a quarter, released early as players do.
        note(t, 0, 62, 3, 90);
        note(t, 0, 64, 96, 128);
        note(t, 0, 66, 131, 158);
        note(t, 0, 67, 160, 190);
        note(t, 0, 69, 194, 236);
        note(t, 0, 71, 240, 286);
        note(t, 0, 74, 290, 380);

        Tune tune = read(seq);

        assertThat(tune.info().meter()).isEqualTo(TimeSignature.of(4, 4));
        assertThat(tune.info().tempoBpm()).as("no tempo event: the file format's default").isEqualTo(120);
        assertThat(tune.info().key().fifths()).as("D E F# G A B fit G and D major; fewer sharps win").isEqualTo(1);
        List<Note> m = tune.melody();
        assertThat(m).extracting(n -> n.pitch().name())
                .containsExactly("D4", "E4", "F#4", "G4", "A4", "B4", "D5");
        Duration triplet = new Duration(NoteValue.EIGHTH, 0, Tuplet.TRIPLET);
        assertThat(m).extracting(Note::duration).containsExactly(Duration.of(NoteValue.QUARTER), triplet, triplet,
                triplet, Duration.of(NoteValue.EIGHTH), Duration.of(NoteValue.EIGHTH), Duration.of(NoteValue.QUARTER));
        assertThat(tune.measures()).hasSize(1);
    }

    @Test
    void busiestVoiceWinsDrumsIgnoredAndHighestNoteKept() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track melody = seq.createTrack();
        Track drums = seq.createTrack();
        for (int i = 0; i < 16; i++) {
            note(drums, 9, 36, i * 240, i * 240 + 100);
        }
        // A chord C4-E4-G4 for a half note, then a melody note over a held bass.
        note(melody, 0, 60, 0, 960);
        note(melody, 0, 64, 0, 960);
        note(melody, 0, 67, 0, 960);
        note(melody, 0, 48, 960, 1920);
        note(melody, 0, 72, 960, 1920);
        // A note starting under a sounding higher note is hidden by it.
        note(melody, 0, 50, 1200, 1440);

        Tune tune = read(seq);

        assertThat(tune.melody()).extracting(n -> n.pitch().name()).containsExactly("G4", "C5");
        assertThat(tune.melody()).extracting(Note::length).containsExactly(Fraction.of(1, 2), Fraction.of(1, 2));
    }

    @Test
    void legatoOverlapsKeepEveryNoteOfAFallingLine() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track t = seq.createTrack();
        // Quarters C5 B4 A4, each released 100 ticks (less than a sixteenth) after the next onset; G4.
        int[] keys = {72, 71, 69, 67};
        for (int i = 0; i < 4; i++) {
            note(t, 0, keys[i], i * 480L, i * 480L + (i < 3 ? 580 : 480));
        }

        Tune tune = read(seq);

        assertThat(tune.melody()).extracting(n -> n.pitch().name()).containsExactly("C5", "B4", "A4", "G4");
        assertThat(tune.melody()).extracting(Note::length).containsOnly(Fraction.of(1, 4));
    }

    @Test
    void flatKeyEstimatedAndNoteOverTheBarTied() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track t = seq.createTrack();
        t.add(new MidiEvent(new javax.sound.midi.MetaMessage(0x58, new byte[] {3, 2, 24, 8}, 4), 0));
        // 3/4, F major without a key event: F G A~ | A Bb C | D E F~ | F, the two As and Fs one note each.
        int[] keys = {65, 67, 69, 70, 72, 74, 76, 77};
        long[] on = {0, 480, 960, 1920, 2400, 2880, 3360, 3840};
        long[] off = {480, 960, 1920, 2400, 2880, 3360, 3840, 4800};
        for (int i = 0; i < keys.length; i++) {
            note(t, 0, keys[i], on[i], off[i]);
        }

        Tune tune = read(seq);

        assertThat(tune.info().key().fifths()).isEqualTo(-1);
        assertThat(tune.info().meter()).isEqualTo(TimeSignature.of(3, 4));
        assertThat(tune.measures()).hasSize(4);
        Duration q = Duration.of(NoteValue.QUARTER);
        assertThat(tune.measures().get(0).events()).containsExactly(Note.of(TuneBuilder.p("F4"), q),
                Note.of(TuneBuilder.p("G4"), q), Note.of(TuneBuilder.p("A4"), q).withTieToNext(true));
        assertThat(tune.measures().get(1).events()).containsExactly(Note.of(TuneBuilder.p("A4"), q),
                Note.of(TuneBuilder.p("Bb4"), q), Note.of(TuneBuilder.p("C5"), q));
        assertThat(tune.measures().get(2).events()).endsWith(Note.of(TuneBuilder.p("F5"), q).withTieToNext(true));
        assertThat(tune.measures().get(3).events()).containsExactly(Note.of(TuneBuilder.p("F5"), q));
    }

    @Test
    void notAMidiFile() throws Exception {
        Path f = dir.resolve("tune.mid");
        Files.writeString(f, "X:1\nT:Not MIDI\n", StandardCharsets.UTF_8);

        ReadResult r = new MidiReader().read(f);

        assertThat(r.tunes()).isEmpty();
        assertThat(r.failures()).singleElement().extracting(InvalidInputException::getMessage)
                .isEqualTo(f + ": byte 0: not a Standard MIDI File: found 'X:1\\x0A', expected the header chunk 'MThd'");
    }

    @Test
    void emptyFile() throws Exception {
        Path f = dir.resolve("empty.midi");
        Files.write(f, new byte[0]);

        assertThat(new MidiReader().read(f).failures()).singleElement().extracting(InvalidInputException::getMessage)
                .isEqualTo(f + ": byte 0: not a Standard MIDI File: found an empty file, expected the header chunk 'MThd'");
    }

    @Test
    void truncatedFile() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track t = seq.createTrack();
        note(t, 0, 60, 0, 480);
        note(t, 0, 62, 480, 960);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MidiSystem.write(seq, 1, out);
        byte[] whole = out.toByteArray();
        Path f = dir.resolve("cut.mid");
        Files.write(f, Arrays.copyOf(whole, whole.length - 5));
        long declared = whole.length - 22;

        ReadResult r = new MidiReader().read(f);

        assertThat(r.failures()).singleElement().extracting(InvalidInputException::getMessage)
                .isEqualTo(f + ": track 1 of 1: truncated file: the track declares " + declared
                        + " bytes but only " + (declared - 5) + " remain");
    }

    @Test
    void fileWithoutNotes() throws Exception {
        Sequence seq = new Sequence(Sequence.PPQ, 480);
        Track t = seq.createTrack();
        note(t, 9, 38, 0, 120);
        Path f = dir.resolve("drums.mid");
        MidiSystem.write(seq, 1, f.toFile());

        ReadResult r = new MidiReader().read(f);

        assertThat(r.failures()).singleElement().extracting(InvalidInputException::getMessage)
                .isEqualTo(f + ": no notes: the file has 1 track(s) but no note outside the drum channel 10");
    }

    @Test
    void lengthsSpeltAsTiedValues() {
        assertThat(MidiReader.spell(Fraction.of(5, 16)))
                .containsExactly(Duration.of(NoteValue.QUARTER), Duration.of(NoteValue.SIXTEENTH));
        assertThat(MidiReader.spell(Fraction.of(7, 16))).containsExactly(Duration.of(NoteValue.QUARTER, 2));
        assertThat(MidiReader.spell(Fraction.of(1, 3))).containsExactly(new Duration(NoteValue.HALF, 0, Tuplet.TRIPLET));
        assertThat(MidiReader.spell(Fraction.of(7, 12))).containsExactly(Duration.of(NoteValue.HALF),
                new Duration(NoteValue.EIGHTH, 0, Tuplet.TRIPLET));
        assertThat(MidiReader.spell(Fraction.of(1, 6))).containsExactly(new Duration(NoteValue.QUARTER, 0, Tuplet.TRIPLET));
    }

    private Tune read(Sequence seq) throws Exception {
        Path f = dir.resolve("perf.mid");
        MidiSystem.write(seq, seq.getTracks().length > 1 ? 1 : 0, f.toFile());
        ReadResult r = new MidiReader().read(f);
        assertThat(r.failures()).isEmpty();
        return r.tunes().get(0);
    }

    private static void note(Track t, int channel, int key, long on, long off) throws Exception {
        t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, key, 80), on));
        t.add(new MidiEvent(new ShortMessage(ShortMessage.NOTE_ON, channel, key, 0), off));
    }
}
