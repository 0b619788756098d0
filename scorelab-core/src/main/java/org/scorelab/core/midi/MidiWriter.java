package org.scorelab.core.midi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * Writes a tune as a Standard MIDI File of type 1: track 0 is the conductor (title, tempo, time
 * and key signatures, including changes in the middle of the tune) and track 1 holds the notes on
 * one channel.
 *
 * <p>The resolution is {@value #PPQ} ticks per quarter note, so every value down to a 64th,
 * triplets, quintuplets of sixteenths and sextuplets fall on whole ticks. Tied notes sound as one
 * note; grace notes borrow a short length from the start of the note after them; chord notes start
 * together; a multirest is silence of its number of measures in the current meter. A pickup
 * measure is preceded by silence so that the file's bar lines fall where the tune's do, which lets
 * {@link MidiReader} find the pickup again.
 */
public final class MidiWriter implements TuneWriter {

    /** Ticks per quarter note. */
    public static final int PPQ = 480;
    /** Ticks per whole note: the unit of the model's durations. */
    static final int WHOLE = 4 * PPQ;
    /** Length of one grace note: a 32nd. */
    private static final long GRACE_TICKS = WHOLE / 32;

    private static final int META_TEXT_TRACK_NAME = 0x03;
    private static final int META_TEMPO = 0x51;
    private static final int META_TIME_SIGNATURE = 0x58;
    private static final int META_KEY_SIGNATURE = 0x59;

    private final MidiOptions options;

    public MidiWriter() {
        this(MidiOptions.DEFAULT);
    }

    public MidiWriter(MidiOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    @Override
    public byte[] write(Tune tune) throws IOException {
        Sequence seq;
        try {
            seq = toSequence(tune, options);
        } catch (IllegalArgumentException e) {
            throw new IOException(tune.info().source() + ": cannot write MIDI: " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MidiSystem.write(seq, 1, out);
        return out.toByteArray();
    }

    /**
     * The tempo used when neither the options nor the tune give one, in quarter notes per minute:
     * 80 dotted quarters in compound meters, 70 halves in x/2, 160 eighths in simple x/8 and 100
     * quarters otherwise, so that each meter's beat goes at a moderate walking pace.
     */
    public static int defaultTempo(TimeSignature meter) {
        if (meter.isCompound()) {
            return 80 * 12 / meter.beatType();
        }
        if (meter.beatType() == 2) {
            return 140;
        }
        if (meter.beatType() == 8) {
            return 80;
        }
        return 100;
    }

    /** The tempo, in quarter notes per minute, that {@link #toSequence} writes for a tune. */
    public static int tempoOf(Tune tune, MidiOptions options) {
        if (options.tempoBpm() > 0) {
            return options.tempoBpm();
        }
        if (tune.info().tempoBpm() > 0) {
            return tune.info().tempoBpm();
        }
        return defaultTempo(tune.info().meter());
    }

    /**
     * The tune as a two-track sequence at {@value #PPQ} ticks per quarter.
     *
     * @throws IllegalArgumentException when a meter's denominator is not a power of two or a pitch
     *                                  lies outside keys 0..127, which MIDI cannot express
     */
    public static Sequence toSequence(Tune tune, MidiOptions options) {
        try {
            return new Builder(tune, options).build();
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("MIDI message out of range: " + e.getMessage(), e);
        }
    }

    /** One pass over the tune's events, keeping the clock and the notes still held by ties. */
    private static final class Builder {
        private final Tune tune;
        private final MidiOptions options;
        private final List<MidiEvent> conductor = new ArrayList<>();
        private final List<long[]> notes = new ArrayList<>();
        private final Map<Integer, long[]> openTies = new LinkedHashMap<>();
        private final List<Note> graces = new ArrayList<>();
        private Fraction pos = Fraction.ZERO;
        private long extra;
        private TimeSignature meter;

        Builder(Tune tune, MidiOptions options) {
            this.tune = tune;
            this.options = options;
            this.meter = tune.info().meter();
        }

        Sequence build() throws InvalidMidiDataException {
            String title = tune.info().title();
            if (!title.isEmpty()) {
                conductor.add(meta(META_TEXT_TRACK_NAME, title.getBytes(StandardCharsets.UTF_8), 0));
            }
            conductor.add(tempo(tempoOf(tune, options), 0));
            conductor.add(timeSignature(meter, 0));
            conductor.add(keySignature(tune.info().key(), 0));
            pos = leadIn();
            for (Measure m : tune.measures()) {
                for (Event e : m.events()) {
                    event(e);
                }
            }
            long end = now();
            closeTies(Set.of());
            placeGraces(end, end);

            Sequence seq = new Sequence(Sequence.PPQ, PPQ);
            Track t0 = seq.createTrack();
            conductor.sort(Comparator.comparingLong(MidiEvent::getTick));
            for (MidiEvent e : conductor) {
                t0.add(e);
            }
            t0.add(endOfTrack(end));
            Track t1 = seq.createTrack();
            int ch = options.channel();
            t1.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, ch, options.program(), 0), 0));
            // Offs before ons at the same tick, so a repeated key is released before it is struck again.
            notes.sort(Comparator.<long[]>comparingLong(n -> n[0]).thenComparingLong(n -> n[1]));
            for (long[] n : notes) {
                int cmd = n[1] == 0 ? ShortMessage.NOTE_OFF : ShortMessage.NOTE_ON;
                int vel = n[1] == 0 ? 0 : options.velocity();
                t1.add(new MidiEvent(new ShortMessage(cmd, ch, (int) n[2], vel), n[0]));
            }
            t1.add(endOfTrack(end));
            return seq;
        }

        /** Silence before a pickup measure so that the first full measure starts on a bar line. */
        private Fraction leadIn() {
            List<Measure> ms = tune.measures();
            if (ms.size() < 2 || ms.get(0).events().stream().anyMatch(e -> e instanceof MultiRest)) {
                return Fraction.ZERO;
            }
            Fraction first = ms.get(0).length();
            Fraction full = meter.measureLength();
            if (first.isZero() || first.compareTo(full) >= 0) {
                return Fraction.ZERO;
            }
            return full.minus(first);
        }

        private long now() {
            return tick(pos) + extra;
        }

        private static long tick(Fraction f) {
            return Math.round(f.toDouble() * WHOLE);
        }

        private void event(Event e) throws InvalidMidiDataException {
            if (e instanceof Note n) {
                if (n.grace()) {
                    graces.add(n);
                } else {
                    sound(List.of(n), n.length(), n.hasFermata());
                }
            } else if (e instanceof Chord c) {
                sound(c.notes().stream().filter(n -> !n.grace()).toList(), c.length(),
                        c.notes().stream().anyMatch(Note::hasFermata));
            } else if (e instanceof Rest r) {
                closeTies(Set.of());
                long start = now();
                advance(r.length(), r.fermata());
                placeGraces(start, now());
            } else if (e instanceof MultiRest mr) {
                closeTies(Set.of());
                long start = now();
                pos = pos.plus(meter.measureLength().times(mr.measures()));
                placeGraces(start, now());
            } else if (e instanceof MeterChange mc) {
                meter = mc.meter();
                conductor.add(timeSignature(meter, now()));
            } else if (e instanceof KeyChange kc) {
                conductor.add(keySignature(kc.key(), now()));
            }
            // A ClefChange changes how the notes are drawn, not how they sound.
        }

        private void advance(Fraction length, boolean fermata) {
            if (fermata && options.fermataStretch() > 1.0) {
                extra += Math.round(length.toDouble() * WHOLE * (options.fermataStretch() - 1.0));
            }
            pos = pos.plus(length);
        }

        private void sound(List<Note> chord, Fraction length, boolean fermata) {
            Set<Integer> keys = new HashSet<>();
            for (Note n : chord) {
                keys.add(key(n));
            }
            closeTies(keys);
            long start = now();
            advance(length, fermata);
            long end = now();
            long mainStart = placeGraces(start, end);
            for (Note n : chord) {
                int key = key(n);
                long[] held = openTies.remove(key);
                long s = held != null ? held[0] : mainStart;
                if (n.tieToNext()) {
                    openTies.put(key, new long[] {s, end});
                } else {
                    noteOn(s, end, key);
                }
            }
        }

        private static int key(Note n) {
            int k = n.pitch().midi();
            if (k < 0 || k > 127) {
                throw new IllegalArgumentException("pitch " + n.pitch() + " (key " + k + ") is outside the MIDI range 0..127");
            }
            return k;
        }

        /** Ends every tied note whose key the next event does not continue. */
        private void closeTies(Set<Integer> continuing) {
            var it = openTies.entrySet().iterator();
            while (it.hasNext()) {
                var e = it.next();
                if (!continuing.contains(e.getKey())) {
                    noteOn(e.getValue()[0], e.getValue()[1], e.getKey());
                    it.remove();
                }
            }
        }

        /**
         * Plays the waiting grace notes from {@code start}, each a 32nd but together at most half
         * of the time up to {@code end}; returns where the main note now starts.
         */
        private long placeGraces(long start, long end) {
            if (graces.isEmpty()) {
                return start;
            }
            long each = GRACE_TICKS;
            long room = (end - start) / 2;
            if (each * graces.size() > room && room > 0) {
                each = Math.max(1, room / graces.size());
            }
            long t = start;
            for (Note g : graces) {
                noteOn(t, t + each, key(g));
                t += each;
            }
            graces.clear();
            return end > start ? Math.min(t, end) : start;
        }

        private void noteOn(long start, long end, int key) {
            if (end <= start) {
                end = start + 1;
            }
            notes.add(new long[] {start, 1, key});
            notes.add(new long[] {end, 0, key});
        }

        private static MidiEvent tempo(int bpm, long tick) throws InvalidMidiDataException {
            int mpq = (int) Math.round(60_000_000.0 / bpm);
            return meta(META_TEMPO, new byte[] {(byte) (mpq >> 16), (byte) (mpq >> 8), (byte) mpq}, tick);
        }

        private static MidiEvent timeSignature(TimeSignature ts, long tick) throws InvalidMidiDataException {
            int bt = ts.beatType();
            if (Integer.bitCount(bt) != 1) {
                throw new IllegalArgumentException("meter " + ts.beats() + "/" + bt
                        + " has a denominator that is not a power of two");
            }
            if (ts.beats() > 255) {
                throw new IllegalArgumentException("meter " + ts.beats() + "/" + bt + " has more than 255 beats");
            }
            int clocksPerClick = ts.isCompound() ? 24 * 4 * 3 / bt : 24 * 4 / bt;
            return meta(META_TIME_SIGNATURE, new byte[] {(byte) ts.beats(), (byte) Integer.numberOfTrailingZeros(bt),
                (byte) clocksPerClick, 8}, tick);
        }

        private static MidiEvent keySignature(KeySignature key, long tick) throws InvalidMidiDataException {
            int minor = key.mode() == KeySignature.Mode.MINOR ? 1 : 0;
            return meta(META_KEY_SIGNATURE, new byte[] {(byte) key.fifths(), (byte) minor}, tick);
        }

        private static MidiEvent endOfTrack(long tick) throws InvalidMidiDataException {
            return meta(0x2F, new byte[0], tick);
        }

        private static MidiEvent meta(int type, byte[] data, long tick) throws InvalidMidiDataException {
            MidiMessage m = new MetaMessage(type, data, data.length);
            return new MidiEvent(m, tick);
        }
    }
}
