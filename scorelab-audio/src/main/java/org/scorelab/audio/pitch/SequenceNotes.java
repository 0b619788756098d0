package org.scorelab.audio.pitch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * The notes a MIDI sequence plays, in seconds: what a perfect transcription of its rendering would
 * give. Tempo changes of every track are followed; drum channel 9 is skipped.
 */
public final class SequenceNotes {

    private SequenceNotes() {
    }

    /** Notes starting before {@code maxSeconds}, cut there; in onset order (then key). */
    public static List<NoteEvent> of(Sequence seq, double maxSeconds) {
        List<MidiEvent> all = new ArrayList<>();
        for (Track t : seq.getTracks()) {
            for (int i = 0; i < t.size(); i++) {
                all.add(t.get(i));
            }
        }
        all.sort(Comparator.comparingLong(MidiEvent::getTick));
        boolean ppq = seq.getDivisionType() == Sequence.PPQ;
        double secondsPerTick = ppq ? 0.5 / seq.getResolution() : 1.0 / (seq.getDivisionType() * seq.getResolution());
        long lastTick = 0;
        double now = 0;
        Map<Integer, Double> open = new HashMap<>();
        List<NoteEvent> out = new ArrayList<>();
        for (MidiEvent e : all) {
            now += (e.getTick() - lastTick) * secondsPerTick;
            lastTick = e.getTick();
            MidiMessage m = e.getMessage();
            if (m instanceof MetaMessage mm && mm.getType() == 0x51 && ppq && mm.getData().length == 3) {
                byte[] d = mm.getData();
                int mpq = ((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF);
                if (mpq > 0) {
                    secondsPerTick = mpq / 1e6 / seq.getResolution();
                }
            } else if (m instanceof ShortMessage sm && sm.getChannel() != 9) {
                int key = sm.getData1() + 128 * sm.getChannel();
                boolean on = sm.getCommand() == ShortMessage.NOTE_ON && sm.getData2() > 0;
                boolean off = sm.getCommand() == ShortMessage.NOTE_OFF || (sm.getCommand() == ShortMessage.NOTE_ON && sm.getData2() == 0);
                if (on || off) {
                    Double started = open.remove(key);
                    if (started != null) {
                        add(out, sm.getData1(), started, now, maxSeconds);
                    }
                    if (on) {
                        open.put(key, now);
                    }
                }
            }
        }
        for (Map.Entry<Integer, Double> e : open.entrySet()) {
            add(out, e.getKey() % 128, e.getValue(), now, maxSeconds);
        }
        out.sort(Comparator.comparingDouble(NoteEvent::onset).thenComparingInt(NoteEvent::midi));
        return out;
    }

    private static void add(List<NoteEvent> out, int key, double start, double end, double maxSeconds) {
        double stop = Math.min(end, maxSeconds);
        if (start < maxSeconds && stop > start) {
            out.add(new NoteEvent(key, start, stop - start));
        }
    }
}
