package org.scorelab.core.midi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.core.model.NoteValue.EIGHTH;
import static org.scorelab.core.model.NoteValue.QUARTER;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/** Known answers: tick positions and key numbers worked out by hand at 480 ticks per quarter. */
class MidiWriterTest {

    /** 2/4, G major, 90 bpm: D4 eighth, F#4 eighth, A4 quarter tied over the bar, quarter rest. */
    private static Tune tiny() {
        return new TuneBuilder()
                .n("D4", EIGHTH).n("F#4", EIGHTH).tied("A4", QUARTER, 0).bar()
                .n("A4", QUARTER).rest(QUARTER, 0).bar()
                .build("Tiny", KeySignature.ofFifths(1), TimeSignature.of(2, 4), 90);
    }

    @Test
    void tinyTuneHeaderAndFirstTrackBytes() throws Exception {
        byte[] b = new MidiWriter().write(tiny());

        // MThd, length 6, format 1, two tracks, 480 (0x01E0) ticks per quarter.
        assertThat(Arrays.copyOf(b, 14)).containsExactly(
                'M', 'T', 'h', 'd', 0, 0, 0, 6, 0, 1, 0, 2, 0x01, 0xE0 - 256);
    }

    @Test
    void tinyTuneEvents() throws Exception {
        Sequence seq = MidiSystem.getSequence(new ByteArrayInputStream(new MidiWriter().write(tiny())));

        assertThat(seq.getResolution()).isEqualTo(480);
        assertThat(seq.getTracks()).hasSize(2);
        Track conductor = seq.getTracks()[0];
        // 60 000 000 / 90 = 666 667 us per quarter = 0x0A2C2B.
        assertThat(meta(conductor, 0x51)).containsExactly(0x0A, 0x2C, 0x2B);
        // 2/4: two beats, denominator 2^2, 24 clocks per quarter click, 8 32nds per quarter.
        assertThat(meta(conductor, 0x58)).containsExactly(2, 2, 24, 8);
        // One sharp, major.
        assertThat(meta(conductor, 0x59)).containsExactly(1, 0);
        assertThat(new String(meta(conductor, 0x03) == null ? new byte[0] : toBytes(meta(conductor, 0x03))))
                .isEqualTo("Tiny");

        // Program change, then D4=62 at 0-240, F#4=66 at 240-480, A4=69 held 480-1440 by the tie.
        assertThat(shorts(seq.getTracks()[1])).containsExactly(
                "0 PC 0", "0 ON 62", "240 OFF 62", "240 ON 66", "480 OFF 66", "480 ON 69", "1440 OFF 69");
        // Both tracks end with the quarter rest: two bars of 2/4 = 1920 ticks.
        assertThat(seq.getTracks()[1].ticks()).isEqualTo(1920);
        assertThat(conductor.ticks()).isEqualTo(1920);
    }

    @Test
    void secondTrackBytesUseDeltaTimes() throws Exception {
        byte[] b = new MidiWriter().write(tiny());
        int t2 = indexOf(b, new byte[] {'M', 'T', 'r', 'k'}, indexOf(b, new byte[] {'M', 'T', 'r', 'k'}, 0) + 4);
        // After the chunk length: delta 0, program change ch 1 -> 0; delta 0, note on key 0x3E vel 90;
        // delta 240 = VLQ 0x81 0x70, note off key 0x3E.
        byte[] start = Arrays.copyOfRange(b, t2 + 8, t2 + 8 + 10);
        assertThat(start).containsExactly(0, 0xC0 - 256, 0, 0, 0x90 - 256, 0x3E, 90, 0x81 - 256, 0x70, 0x80 - 256);
    }

    @Test
    void graceChordMultirestFermataAndPickup() throws Exception {
        Note fermataC = new Note(TuneBuilder.p("C5"), Duration.of(QUARTER), false, false, Set.of(Decoration.FERMATA));
        Tune t = new TuneBuilder()
                .n("G4", QUARTER).bar()                                   // lead-in 960, G4 960-1440
                .add(TuneBuilder.grace("B4")).n("A4", QUARTER)            // grace 1440-1500, A4 1500-1920
                .add(new Chord(List.of(Note.of(TuneBuilder.p("C4"), Duration.of(QUARTER)),
                        Note.of(TuneBuilder.p("E4"), Duration.of(QUARTER)))))  // 1920-2400
                .add(fermataC).bar()                                      // 2400-3360 with stretch 2
                .add(new MultiRest(2)).bar()                              // 2 x 1440 of silence
                .n("D5", QUARTER, 1).bar()                                // 6240-6960
                .build("Mixed", KeySignature.C_MAJOR, TimeSignature.of(3, 4), 0);
        Sequence seq = MidiWriter.toSequence(t, new MidiOptions(40, 100, 0, 3, 2.0));

        assertThat(shorts(seq.getTracks()[1])).containsExactly(
                "0 PC 40", "960 ON 67", "1440 OFF 67", "1440 ON 71", "1500 OFF 71", "1500 ON 69",
                "1920 OFF 69", "1920 ON 60", "1920 ON 64", "2400 OFF 60", "2400 OFF 64", "2400 ON 72",
                "3360 OFF 72", "6240 ON 74", "6960 OFF 74");
        // No tempo given: 3/4 gets the default 100 quarters per minute = 600 000 us.
        assertThat(meta(seq.getTracks()[0], 0x51)).containsExactly(0x09, 0x27, 0xC0);
        ShortMessage first = (ShortMessage) seq.getTracks()[1].get(1).getMessage();
        assertThat(first.getChannel()).isEqualTo(3);
        assertThat(first.getData2()).isEqualTo(100);
    }

    @Test
    void keyAndMeterChangesGoToTheConductorTrack() throws Exception {
        Tune t = new TuneBuilder()
                .n("C4", NoteValue.HALF).n("D4", NoteValue.HALF).bar()                 // 0-1920
                .add(new MeterChange(TimeSignature.of(3, 4))).add(new KeyChange(KeySignature.ofFifths(-1)))
                .n("Bb4", NoteValue.HALF, 1).bar()                                     // 1920-3360
                .build("Change", KeySignature.C_MAJOR, TimeSignature.of(4, 4), 120);
        Track conductor = MidiWriter.toSequence(t, MidiOptions.DEFAULT).getTracks()[0];

        List<String> metas = new ArrayList<>();
        for (int i = 0; i < conductor.size(); i++) {
            if (conductor.get(i).getMessage() instanceof MetaMessage m && (m.getType() == 0x58 || m.getType() == 0x59)) {
                metas.add(conductor.get(i).getTick() + " " + Integer.toHexString(m.getType()) + " " + m.getData()[0]);
            }
        }
        assertThat(metas).containsExactly("0 58 4", "0 59 0", "1920 58 3", "1920 59 -1");
        assertThat(conductor.ticks()).isEqualTo(3360);
    }

    @Test
    void defaultTempoFollowsTheMeter() {
        assertThat(MidiWriter.defaultTempo(TimeSignature.of(6, 8))).isEqualTo(120);
        assertThat(MidiWriter.defaultTempo(TimeSignature.of(2, 2))).isEqualTo(140);
        assertThat(MidiWriter.defaultTempo(TimeSignature.of(4, 4))).isEqualTo(100);
        assertThat(MidiWriter.defaultTempo(TimeSignature.of(3, 8))).isEqualTo(80);
    }

    @Test
    void meterWithoutPowerOfTwoDenominatorIsRefused() {
        Tune t = new TuneBuilder().n("C4", QUARTER).bar()
                .build("Odd", KeySignature.C_MAJOR, TimeSignature.of(4, 6), 100);
        assertThatThrownBy(() -> new MidiWriter().write(t))
                .hasMessageContaining("meter 4/6 has a denominator that is not a power of two");
    }

    @Test
    void pitchOutsideTheMidiRangeIsRefused() {
        Tune t = new TuneBuilder().n("G9", QUARTER).n("Cb-1", QUARTER).bar()
                .build("Wide", KeySignature.C_MAJOR, TimeSignature.of(2, 4), 100);
        assertThatThrownBy(() -> new MidiWriter().write(t))
                .hasMessage("test.mid: cannot write MIDI: pitch Cb-1 (key -1) is outside the MIDI range 0..127");
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new MidiOptions(128, 90, 0, 0, 1.0)).hasMessage("program must be in 0..127, was 128");
        assertThatThrownBy(() -> new MidiOptions(0, 0, 0, 0, 1.0)).hasMessage("velocity must be in 1..127, was 0");
        assertThatThrownBy(() -> new MidiOptions(0, 90, 0, 16, 1.0)).hasMessage("channel must be in 0..15, was 16");
    }

    private static int indexOf(byte[] b, byte[] pat, int from) {
        outer:
        for (int i = from; i <= b.length - pat.length; i++) {
            for (int j = 0; j < pat.length; j++) {
                if (b[i + j] != pat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int[] meta(Track t, int type) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).getMessage() instanceof MetaMessage m && m.getType() == type) {
                byte[] d = m.getData();
                int[] out = new int[d.length];
                for (int j = 0; j < d.length; j++) {
                    out[j] = d[j] & 0xFF;
                }
                return out;
            }
        }
        return null;
    }

    private static byte[] toBytes(int[] a) {
        byte[] b = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = (byte) a[i];
        }
        return b;
    }

    private static List<String> shorts(Track t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            MidiEvent e = t.get(i);
            if (e.getMessage() instanceof ShortMessage m) {
                String what = switch (m.getCommand()) {
                    case ShortMessage.PROGRAM_CHANGE -> "PC";
                    case ShortMessage.NOTE_ON -> "ON";
                    case ShortMessage.NOTE_OFF -> "OFF";
                    default -> "CMD" + m.getCommand();
                };
                out.add(e.getTick() + " " + what + " " + m.getData1());
            }
        }
        return out;
    }
}
