package org.scorelab.core.midi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.model.Tuplet;

/**
 * Reads a {@code .mid}/{@code .midi} file as one monophonic tune.
 *
 * <p>The melody is the track and channel with the most notes (channel 10, the drum kit, is left
 * out); where its notes overlap the highest one wins. Onsets and releases are quantised beat by
 * beat to 32nds or, where it fits the beat's notes better, to sextuplet sixteenths, so triplets
 * survive. The first time signature, key signature and tempo give the meter (default 4/4), key
 * (else the signature whose scale covers most of the notes) and tempo (else the file format's
 * default of 120 quarters per minute). Silence before the first
 * note is dropped, so a first note off the bar line opens a pickup measure. Notes are split into
 * tied notes at bar lines and wherever one written value cannot express their length; gaps become
 * rests. Later meter, key and tempo changes are not read.
 */
public final class MidiReader implements TuneReader {

    private static final int DRUM_CHANNEL = 9;
    /** Longest overlap of a release with the next, lower onset that still counts as legato. */
    private static final Fraction LEGATO_OVERLAP = Fraction.of(1, 16);

    /**
     * Every written duration a quantised length may be split into, longest first: plain values
     * with up to two dots and undotted triplet values (dotted triplets are rare in print).
     */
    private static final List<Duration> CANDIDATES = candidates();

    @Override
    public ReadResult read(Path file) {
        String source = file.toString();
        try {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InvalidInputException(source, "", "cannot read the file: " + e, e);
            }
            return new ReadResult(List.of(read(source, bytes)), List.of());
        } catch (InvalidInputException e) {
            return ReadResult.failed(e);
        }
    }

    /** Reads the bytes of one MIDI file; {@code source} names it in messages and in the tune. */
    public Tune read(String source, byte[] bytes) throws InvalidInputException {
        checkChunks(source, bytes);
        Sequence seq;
        try {
            seq = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        } catch (InvalidMidiDataException e) {
            throw new InvalidInputException(source, "", "invalid MIDI data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(source, "", "truncated or unreadable MIDI data: " + e, e);
        }
        if (seq.getDivisionType() != Sequence.PPQ) {
            throw new InvalidInputException(source, "header", "SMPTE time division "
                    + seq.getDivisionType() + " is not supported, expected ticks per quarter note");
        }
        return new Reduction(source, seq).tune();
    }

    /**
     * Walks the chunk structure before the JDK parser does, because that parser reads past the end
     * of a cut-off file without complaint or with a message that does not say what is missing.
     */
    private static void checkChunks(String source, byte[] b) throws InvalidInputException {
        if (b.length < 4 || !"MThd".equals(new String(b, 0, 4, StandardCharsets.ISO_8859_1))) {
            throw new InvalidInputException(source, "byte 0", "not a Standard MIDI File: found "
                    + describe(b) + ", expected the header chunk 'MThd'");
        }
        if (b.length < 14) {
            throw new InvalidInputException(source, "header", "truncated file: the header chunk needs 14 bytes, found "
                    + b.length);
        }
        long headerLength = u32(b, 4);
        int tracks = u16(b, 10);
        long offset = 8 + headerLength;
        for (int i = 0; i < tracks; i++) {
            if (offset + 8 > b.length) {
                throw new InvalidInputException(source, "track " + (i + 1) + " of " + tracks,
                        "truncated file: the track chunk header is missing at byte " + offset
                                + " (file is " + b.length + " bytes)");
            }
            long length = u32(b, (int) offset + 4);
            if (offset + 8 + length > b.length) {
                throw new InvalidInputException(source, "track " + (i + 1) + " of " + tracks,
                        "truncated file: the track declares " + length + " bytes but only "
                                + (b.length - offset - 8) + " remain");
            }
            offset += 8 + length;
        }
    }

    private static String describe(byte[] b) {
        if (b.length == 0) {
            return "an empty file";
        }
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < Math.min(4, b.length); i++) {
            int c = b[i] & 0xFF;
            sb.append(c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return sb.append("'").toString();
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static List<Duration> candidates() {
        List<Duration> out = new ArrayList<>();
        for (NoteValue v : NoteValue.values()) {
            if (v.compareTo(NoteValue.WHOLE) < 0 || v.compareTo(NoteValue.SIXTY_FOURTH) > 0) {
                continue;
            }
            for (int dots = 0; dots <= 2; dots++) {
                out.add(Duration.of(v, dots));
            }
            out.add(new Duration(v, 0, Tuplet.TRIPLET));
        }
        out.sort(Comparator.comparing(Duration::length).reversed()
                .thenComparing(d -> d.tuplet().isNone() ? 0 : 1)
                .thenComparingInt(Duration::dots));
        return List.copyOf(out);
    }

    /**
     * Written durations that add up to {@code length}, longest first: one value where one fits,
     * otherwise plain values for a length that is a sum of binary fractions and triplet values
     * for the rest.
     */
    static List<Duration> spell(Fraction length) {
        List<Duration> out = new ArrayList<>();
        Fraction left = length;
        while (!left.isZero()) {
            Duration pick = null;
            for (Duration d : CANDIDATES) {
                if (d.length().equals(left)) {
                    pick = d;
                    break;
                }
            }
            if (pick == null) {
                boolean binary = isBinary(left);
                for (Duration d : CANDIDATES) {
                    Fraction rest = d.length().compareTo(left) < 0 ? left.minus(d.length()) : null;
                    if (rest != null && (binary ? d.tuplet().isNone() && isBinary(rest) : onGrid(rest))) {
                        pick = d;
                        break;
                    }
                }
            }
            if (pick == null) {
                throw new IllegalStateException("length " + left + " is not on the 1/96 or 1/128 grid");
            }
            out.add(pick);
            left = left.minus(pick.length());
        }
        return out;
    }

    private static boolean isBinary(Fraction f) {
        return Long.bitCount(f.denominator()) == 1 && 64 % f.denominator() == 0 || f.denominator() == 1;
    }

    private static boolean onGrid(Fraction f) {
        return 96 % f.denominator() == 0 || isBinary(f);
    }

    /** The reduction of one sequence to a tune. */
    private static final class Reduction {
        private final String source;
        private final Sequence seq;
        private final int ppq;
        private TimeSignature meter;
        private KeySignature key;
        private int tempo;
        private String title = "";

        Reduction(String source, Sequence seq) {
            this.source = source;
            this.seq = seq;
            this.ppq = seq.getResolution();
        }

        /** A note as played: key and the ticks it starts and stops at. */
        private record Played(int key, long on, long off) {
        }

        /** A note of the melody, quantised to whole-note fractions. */
        private record Placed(int key, Fraction on, Fraction off) {
        }

        Tune tune() throws InvalidInputException {
            Map<Long, List<Played>> byVoice = new LinkedHashMap<>();
            long[] endOfTrack = new long[seq.getTracks().length];
            Track[] tracks = seq.getTracks();
            for (int t = 0; t < tracks.length; t++) {
                collect(t, tracks[t], byVoice);
                endOfTrack[t] = tracks[t].ticks();
            }
            List<Played> best = List.of();
            long bestVoice = -1;
            for (var e : byVoice.entrySet()) {
                if (e.getValue().size() > best.size()) {
                    best = e.getValue();
                    bestVoice = e.getKey();
                }
            }
            if (best.isEmpty()) {
                throw new InvalidInputException(source, "", "no notes: the file has " + tracks.length
                        + " track(s) but no note outside the drum channel 10");
            }
            if (meter == null) {
                meter = TimeSignature.of(4, 4);
            }
            if (tempo <= 0) {
                // The Standard MIDI File default when no tempo event is given.
                tempo = 120;
            }
            List<Placed> melody = skyline(quantise(best));
            if (key == null) {
                key = KeySignature.ofFifths(estimateFifths(melody));
            }
            Fraction eot = quantiseDuple(endOfTrack[(int) (bestVoice >> 4)]);
            List<Measure> measures = measures(melody, eot);
            double meanKey = melody.stream().mapToInt(Placed::key).average().orElse(60);
            Clef clef = meanKey < 55 ? Clef.BASS : Clef.TREBLE;
            String name = title.isEmpty() ? baseName(source) : title;
            return new Tune(new TuneInfo(source, 1, name, clef, key, meter, tempo, Map.of()), measures);
        }

        private static String baseName(String source) {
            String n = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
            int dot = n.lastIndexOf('.');
            return dot > 0 ? n.substring(0, dot) : n;
        }

        private void collect(int trackIndex, Track track, Map<Long, List<Played>> byVoice) {
            Map<Integer, Deque<Long>> down = new HashMap<>();
            for (int i = 0; i < track.size(); i++) {
                MidiEvent ev = track.get(i);
                if (ev.getMessage() instanceof MetaMessage mm) {
                    meta(trackIndex, mm, ev.getTick());
                } else if (ev.getMessage() instanceof ShortMessage sm) {
                    int ch = sm.getChannel();
                    int cmd = sm.getCommand();
                    boolean on = cmd == ShortMessage.NOTE_ON && sm.getData2() > 0;
                    boolean off = cmd == ShortMessage.NOTE_OFF || cmd == ShortMessage.NOTE_ON && sm.getData2() == 0;
                    if (ch == DRUM_CHANNEL || !on && !off) {
                        continue;
                    }
                    int id = ch * 128 + sm.getData1();
                    if (on) {
                        down.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(ev.getTick());
                    } else {
                        Deque<Long> q = down.get(id);
                        if (q != null && !q.isEmpty()) {
                            long start = q.removeFirst();
                            byVoice.computeIfAbsent(((long) trackIndex << 4) | ch, k -> new ArrayList<>())
                                    .add(new Played(sm.getData1(), start, ev.getTick()));
                        }
                    }
                }
            }
            // A key never released sounds to the end of its track.
            for (var e : down.entrySet()) {
                for (long start : e.getValue()) {
                    byVoice.computeIfAbsent(((long) trackIndex << 4) | (e.getKey() / 128), k -> new ArrayList<>())
                            .add(new Played(e.getKey() % 128, start, Math.max(start + 1, track.ticks())));
                }
            }
        }

        private void meta(int trackIndex, MetaMessage mm, long tick) {
            byte[] d = mm.getData();
            switch (mm.getType()) {
                case 0x03 -> {
                    if (trackIndex == 0 && tick == 0 && title.isEmpty()) {
                        title = new String(d, StandardCharsets.UTF_8).trim();
                    }
                }
                case 0x51 -> {
                    if (tempo == 0 && d.length == 3) {
                        int mpq = ((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF);
                        tempo = mpq > 0 ? (int) Math.round(60_000_000.0 / mpq) : 0;
                    }
                }
                case 0x58 -> {
                    if (meter == null && d.length >= 2 && d[0] > 0 && d[1] >= 0 && d[1] <= 6) {
                        meter = TimeSignature.of(d[0] & 0xFF, 1 << d[1]);
                    }
                }
                case 0x59 -> {
                    if (key == null && d.length >= 2 && d[0] >= -7 && d[0] <= 7) {
                        key = new KeySignature(d[0], d[1] == 1 ? KeySignature.Mode.MINOR : KeySignature.Mode.MAJOR);
                    }
                }
                default -> {
                    // Other meta events carry nothing the model keeps.
                }
            }
        }

        /**
         * Snaps every onset and release to a grid chosen per quarter-note beat: 32nds, or sixths of
         * the beat (triplet and sextuplet values) when those sit closer to the beat's points.
         */
        private List<Placed> quantise(List<Played> played) {
            Map<Long, double[]> error = new TreeMap<>();
            for (Played p : played) {
                for (long t : new long[] {p.on(), p.off()}) {
                    double[] e = error.computeIfAbsent(beatOf(t), k -> new double[2]);
                    e[0] += distance(t, ppq / 8.0);
                    e[1] += distance(t, ppq / 6.0);
                }
            }
            List<Placed> out = new ArrayList<>();
            for (Played p : played) {
                Fraction on = snap(p.on(), error);
                Fraction off = snap(p.off(), error);
                if (off.compareTo(on) <= 0) {
                    off = on.plus(Fraction.of(1, 32));
                }
                out.add(new Placed(p.key(), on, off));
            }
            return out;
        }

        private long beatOf(long tick) {
            return Math.floorDiv(tick + ppq / 16, ppq);
        }

        private static double distance(long t, double step) {
            double k = Math.rint(t / step);
            return Math.abs(t - k * step);
        }

        private Fraction snap(long tick, Map<Long, double[]> error) {
            double[] e = error.get(beatOf(tick));
            boolean triplet = e != null && e[1] < e[0] - 1e-9;
            int perQuarter = triplet ? 6 : 8;
            long k = Math.round(tick * (double) perQuarter / ppq);
            return Fraction.of(k, 4L * perQuarter);
        }

        private Fraction quantiseDuple(long tick) {
            return Fraction.of(Math.round(tick * 8.0 / ppq), 32);
        }

        /**
         * One note at a time: of the notes starting together the highest is kept; a note starting
         * while a higher one sounds on for more than a sixteenth is hidden by it (an inner voice or
         * accompaniment); otherwise the sounding note is cut where the new one starts, which also
         * keeps the notes of a legato line whose releases overlap the next onsets.
         */
        private static List<Placed> skyline(List<Placed> notes) {
            List<Placed> sorted = new ArrayList<>(notes);
            sorted.sort(Comparator.comparing(Placed::on).thenComparing(Comparator.comparingInt(Placed::key).reversed()));
            List<Placed> out = new ArrayList<>();
            for (Placed n : sorted) {
                if (!out.isEmpty()) {
                    Placed last = out.get(out.size() - 1);
                    if (last.on().equals(n.on())) {
                        continue;
                    }
                    if (last.off().compareTo(n.on()) > 0) {
                        if (last.key() > n.key() && last.off().minus(n.on()).compareTo(LEGATO_OVERLAP) > 0) {
                            continue;
                        }
                        out.set(out.size() - 1, new Placed(last.key(), last.on(), n.on()));
                    }
                }
                out.add(n);
            }
            return out;
        }

        /** The signature whose scale holds the most note time; ties go to fewer accidentals. */
        private static int estimateFifths(List<Placed> melody) {
            double[] weight = new double[12];
            for (Placed p : melody) {
                weight[Math.floorMod(p.key(), 12)] += p.off().minus(p.on()).toDouble();
            }
            int best = 0;
            double bestScore = -1;
            for (int f : new int[] {0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7}) {
                KeySignature k = KeySignature.ofFifths(f);
                double score = 0;
                for (Step s : Step.values()) {
                    score += weight[Math.floorMod(s.semitones() + k.alterOf(s), 12)];
                }
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    best = f;
                }
            }
            return best;
        }

        /** A key number spelt with the key's own alteration when it is in the scale. */
        private Pitch spellPitch(int midi) {
            for (Step s : Step.values()) {
                int alter = key.alterOf(s);
                if (Math.floorMod(s.semitones() + alter - midi, 12) == 0) {
                    int octave = Math.floorDiv(midi - s.semitones() - alter, 12) - 1;
                    if (octave >= -1 && octave <= 9) {
                        return new Pitch(s, alter, octave);
                    }
                }
            }
            return Pitch.fromMidi(midi, key.fifths() < 0);
        }

        private List<Measure> measures(List<Placed> melody, Fraction endOfTrack) {
            Fraction bar = meter.measureLength();
            Fraction first = melody.get(0).on();
            Fraction lastOff = melody.get(melody.size() - 1).off();
            Fraction end = lastOff;
            if (endOfTrack.compareTo(lastOff) > 0) {
                Fraction nextBar = ceilTo(lastOff, bar);
                end = endOfTrack.compareTo(nextBar) < 0 ? endOfTrack : nextBar;
            }
            // Time spans: key >= 0 a note, -1 a rest.
            List<Placed> spans = new ArrayList<>();
            Fraction cursor = first;
            for (Placed p : melody) {
                if (p.on().compareTo(cursor) > 0) {
                    spans.add(new Placed(-1, cursor, p.on()));
                }
                spans.add(p);
                cursor = p.off();
            }
            if (end.compareTo(cursor) > 0) {
                spans.add(new Placed(-1, cursor, end));
            }
            TreeMap<Long, List<Event>> byMeasure = new TreeMap<>();
            for (Placed s : spans) {
                List<Long> where = new ArrayList<>();
                List<Duration> pieces = new ArrayList<>();
                Fraction from = s.on();
                while (from.compareTo(s.off()) < 0) {
                    long index = floorDiv(from, bar);
                    Fraction barEnd = bar.times(index + 1);
                    Fraction to = barEnd.compareTo(s.off()) < 0 ? barEnd : s.off();
                    for (Duration d : spell(to.minus(from))) {
                        where.add(index);
                        pieces.add(d);
                    }
                    from = to;
                }
                for (int i = 0; i < pieces.size(); i++) {
                    Event e = s.key() < 0 ? Rest.of(pieces.get(i))
                            : Note.of(spellPitch(s.key()), pieces.get(i)).withTieToNext(i < pieces.size() - 1);
                    byMeasure.computeIfAbsent(where.get(i), k -> new ArrayList<>()).add(e);
                }
            }
            List<Measure> out = new ArrayList<>();
            for (var e : byMeasure.entrySet()) {
                boolean last = e.getKey().equals(byMeasure.lastKey());
                out.add(new Measure(e.getValue(), last ? BarLine.FINAL : BarLine.SINGLE));
            }
            return out;
        }

        private static long floorDiv(Fraction a, Fraction b) {
            Fraction q = a.dividedBy(b);
            return Math.floorDiv(q.numerator(), q.denominator());
        }

        private static Fraction ceilTo(Fraction a, Fraction step) {
            Fraction q = a.dividedBy(step);
            long c = -Math.floorDiv(-q.numerator(), q.denominator());
            return step.times(c);
        }
    }
}
