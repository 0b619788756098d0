package org.scorelab.genre.features;

import java.util.ArrayList;
import java.util.List;
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
 * Turns a tune into a fixed-length vector of named numbers describing its melody: pitch classes
 * (relative to the key's tonic and absolute), intervals, note lengths in units of the measure,
 * contour statistics, rhythm shares, and, as a separate group that can be left out, the meter.
 *
 * <p>Only the notes, rests, key and meter are read. The title and the header fields that name a
 * tune's origin or type ({@code R: O: T: N: B: S: Z: H:}) are never looked at, and chord symbols
 * never reach the model. Grace notes are dropped; chords count as their top note; a note tied to
 * the next note of the same pitch is merged with it, so a tie across the bar is one long note.
 *
 * <p>Shares are fractions of the notes (or of the intervals between consecutive notes), so tunes
 * of any length are comparable. A tune without notes gets zeros, never NaN.
 *
 * @param meter    include the meter group ({@code meter.beats}, {@code meter.beatType},
 *                 {@code meter.compound}); off, the model must infer the dance from the notes alone
 * @param notation include the notation group (grace notes, ornaments, ties, chords, endings, repeat
 *                 signs, pickup): it describes how a collection was transcribed as much as the music,
 *                 so a model that judges music from elsewhere (generated, or transcribed from audio)
 *                 is fairer without it
 */
public record SymbolicFeatures(boolean meter, boolean notation) {

    /** A set with the notation group; {@code meter} as in the record. */
    public SymbolicFeatures(boolean meter) {
        this(meter, true);
    }

    /** Intervals are clamped to this many semitones either way. */
    public static final int MAX_INTERVAL = 12;
    /** Note lengths are binned as measure / 2^k for k = 0..LENGTH_BINS-1. */
    public static final int LENGTH_BINS = 7;

    private static final String[] PC_NAMES = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"};

    /** The names of the vector's entries, in order; stable across versions of the same layout. */
    public List<String> names() {
        List<String> n = new ArrayList<>();
        for (String pc : PC_NAMES) {
            n.add("pc.rel." + pc);
        }
        for (String pc : PC_NAMES) {
            n.add("pc.abs." + pc);
        }
        for (int i = -MAX_INTERVAL; i <= MAX_INTERVAL; i++) {
            n.add("interval." + i);
        }
        for (int k = 0; k < LENGTH_BINS; k++) {
            n.add("length.measure/" + (1 << k));
        }
        n.addAll(List.of("pitch.range", "pitch.mean", "pitch.std", "interval.meanAbs",
                "motion.repeat", "motion.step", "motion.leap",
                "rest.share", "dotted.share", "tuplet.share", "fermata.share",
                "rhythm.longShort", "rhythm.shortLong",
                "notes.perMeasure", "notes.log", "end.onTonic", "start.onTonic"));
        if (notation) {
            n.addAll(List.of("grace.perNote", "ornament.share", "tie.share", "chord.share", "ending.share",
                    "repeat.perMeasure"));
        }
        n.add("key.fifths");
        if (notation) {
            n.add("pickup");
        }
        for (KeySignature.Mode m : KeySignature.Mode.values()) {
            n.add("mode." + m.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (meter) {
            n.addAll(List.of("meter.beats", "meter.beatType", "meter.compound"));
        }
        return List.copyOf(n);
    }

    /** The set with the meter group. */
    public static final SymbolicFeatures WITH_METER = new SymbolicFeatures(true);
    /** The set without it. */
    public static final SymbolicFeatures WITHOUT_METER = new SymbolicFeatures(false);
    /** The notes and the meter, without the notation group: for judging music from other sources. */
    public static final SymbolicFeatures WITHOUT_NOTATION = new SymbolicFeatures(true, false);

    private static final List<SymbolicFeatures> ALL = List.of(WITH_METER, WITHOUT_METER, WITHOUT_NOTATION,
            new SymbolicFeatures(false, false));

    /**
     * The name saved with a model: {@code symbolic}, with {@code -no-meter} and/or
     * {@code -no-notation} appended for the groups left out.
     */
    public String setName() {
        return "symbolic" + (meter ? "" : "-no-meter") + (notation ? "" : "-no-notation");
    }

    /** The set saved as {@code name}, or throws naming the choices. */
    public static SymbolicFeatures bySetName(String name) {
        for (SymbolicFeatures f : ALL) {
            if (f.setName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature set '" + name + "', expected one of "
                + ALL.stream().map(SymbolicFeatures::setName).toList());
    }

    /** Number of entries of {@link #extract}. */
    public int size() {
        return names().size();
    }

    /** The feature vector of one tune, in the order of {@link #names()}. */
    public double[] extract(Tune tune) {
        Melody mel = Melody.of(tune);
        List<MelodyNote> notes = mel.notes;
        int n = notes.size();
        double[] out = new double[size()];
        int at = 0;

        double[] rel = new double[12];
        double[] abs = new double[12];
        for (MelodyNote m : notes) {
            abs[Math.floorMod(m.midi, 12)]++;
            rel[Math.floorMod(m.midi - m.tonic, 12)]++;
        }
        at = put(out, at, share(rel, n));
        at = put(out, at, share(abs, n));

        int[] intervals = new int[Math.max(0, n - 1)];
        for (int i = 1; i < n; i++) {
            intervals[i - 1] = notes.get(i).midi - notes.get(i - 1).midi;
        }
        double[] ivHist = new double[2 * MAX_INTERVAL + 1];
        double absSum = 0;
        int repeats = 0;
        int steps = 0;
        int leaps = 0;
        for (int iv : intervals) {
            int c = Math.max(-MAX_INTERVAL, Math.min(MAX_INTERVAL, iv));
            ivHist[c + MAX_INTERVAL]++;
            int a = Math.abs(iv);
            absSum += a;
            if (a == 0) {
                repeats++;
            } else if (a <= 2) {
                steps++;
            } else {
                leaps++;
            }
        }
        at = put(out, at, share(ivHist, intervals.length));

        double[] lengths = new double[LENGTH_BINS];
        for (MelodyNote m : notes) {
            lengths[lengthBin(m.length / m.measure)]++;
        }
        at = put(out, at, share(lengths, n));

        double mean = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (MelodyNote m : notes) {
            mean += m.midi;
            min = Math.min(min, m.midi);
            max = Math.max(max, m.midi);
        }
        mean = n == 0 ? 0 : mean / n;
        double var = 0;
        for (MelodyNote m : notes) {
            var += (m.midi - mean) * (m.midi - mean);
        }
        double std = n == 0 ? 0 : Math.sqrt(var / n);

        int dotted = 0;
        int tuplets = 0;
        int fermatas = 0;
        for (MelodyNote m : notes) {
            dotted += m.dotted ? 1 : 0;
            tuplets += m.tuplet ? 1 : 0;
            fermatas += m.fermata ? 1 : 0;
        }
        int longShort = 0;
        int shortLong = 0;
        for (int i = 1; i < n; i++) {
            double a = notes.get(i - 1).length;
            double b = notes.get(i).length;
            if (Math.abs(a - 3 * b) < 1e-9) {
                longShort++;
            } else if (Math.abs(b - 3 * a) < 1e-9) {
                shortLong++;
            }
        }
        double sounding = mel.noteTime + mel.restTime;

        out[at++] = n == 0 ? 0 : max - min;
        out[at++] = mean;
        out[at++] = std;
        out[at++] = intervals.length == 0 ? 0 : absSum / intervals.length;
        out[at++] = ratio(repeats, intervals.length);
        out[at++] = ratio(steps, intervals.length);
        out[at++] = ratio(leaps, intervals.length);
        out[at++] = sounding == 0 ? 0 : mel.restTime / sounding;
        out[at++] = ratio(dotted, n);
        out[at++] = ratio(tuplets, n);
        out[at++] = ratio(fermatas, n);
        out[at++] = ratio(longShort, intervals.length);
        out[at++] = ratio(shortLong, intervals.length);
        out[at++] = ratio(n, mel.measures);
        out[at++] = Math.log1p(n);
        out[at++] = n > 0 && Math.floorMod(notes.get(n - 1).midi - notes.get(n - 1).tonic, 12) == 0 ? 1 : 0;
        out[at++] = n > 0 && Math.floorMod(notes.get(0).midi - notes.get(0).tonic, 12) == 0 ? 1 : 0;
        if (notation) {
            out[at++] = ratio(mel.graceNotes, n);
            out[at++] = ratio(mel.ornamented, n);
            out[at++] = ratio(mel.ties, n);
            out[at++] = ratio(mel.chords, n);
            out[at++] = ratio(mel.endingMeasures, mel.measures);
            out[at++] = ratio(mel.repeatSigns, mel.measures);
        }
        out[at++] = tune.info().key().fifths();
        if (notation) {
            out[at++] = mel.pickup ? 1 : 0;
        }
        KeySignature.Mode mode = tune.info().key().mode();
        for (KeySignature.Mode m : KeySignature.Mode.values()) {
            out[at++] = m == mode ? 1 : 0;
        }
        if (meter) {
            TimeSignature ts = tune.info().meter();
            out[at++] = ts.beats();
            out[at++] = ts.beatType();
            out[at++] = ts.isCompound() ? 1 : 0;
        }
        if (at != out.length) {
            throw new IllegalStateException("feature layout wrote " + at + " of " + out.length + " entries");
        }
        return out;
    }

    /** Pitch class of the tonic of a key signature read with its mode: A minor (0 fifths) is 9. */
    public static int tonicPitchClass(KeySignature key) {
        int majorFifths = key.fifths() - key.mode().offset();
        return Math.floorMod(7 * majorFifths, 12);
    }

    /**
     * Bin of a note length given in measures: the nearest power of two on a log scale, so a
     * quarter in 4/4 (1/4) is bin 2 and a dotted quarter in 6/8 (1/2) is bin 1. Longer than a
     * measure goes to bin 0, shorter than the last bin to the last.
     */
    static int lengthBin(double measures) {
        if (!(measures > 0)) {
            return LENGTH_BINS - 1;
        }
        long k = Math.round(-Math.log(measures) / Math.log(2));
        return (int) Math.max(0, Math.min(LENGTH_BINS - 1, k));
    }

    private static int put(double[] out, int at, double[] values) {
        System.arraycopy(values, 0, out, at, values.length);
        return at + values.length;
    }

    private static double[] share(double[] counts, int total) {
        double[] s = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            s[i] = total == 0 ? 0 : counts[i] / total;
        }
        return s;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** A melody note with what the features need: key at that point, merged length, measure length. */
    private record MelodyNote(int midi, int tonic, double length, double measure, boolean dotted, boolean tuplet,
                              boolean fermata) {
    }

    /**
     * The melody of a tune walked once: notes (ties merged), rest and note time, sounding measures,
     * and counts of notation: grace notes, ornamented notes, ties, chords, measures under a first
     * or second ending, repeat signs, and whether the first measure is a pickup.
     */
    private record Melody(List<MelodyNote> notes, double noteTime, double restTime, int measures, int graceNotes, int ornamented,
                          int ties, int chords, int endingMeasures, int repeatSigns, boolean pickup) {

        static Melody of(Tune tune) {
            List<MelodyNote> notes = new ArrayList<>();
            KeySignature key = tune.info().key();
            TimeSignature ts = tune.info().meter();
            double noteTime = 0;
            double restTime = 0;
            int measures = 0;
            boolean tiedFromPrevious = false;
            int graceNotes = 0;
            int ornamented = 0;
            int ties = 0;
            int chords = 0;
            int endingMeasures = 0;
            int repeatSigns = 0;
            boolean pickup = false;
            boolean first = true;
            for (Measure measure : tune.measures()) {
                boolean sounding = false;
                if (measure.ending() > 0) {
                    endingMeasures++;
                }
                repeatSigns += (measure.end().repeatStart() ? 1 : 0) + (measure.end().repeatEnd() ? 1 : 0);
                for (Event e : measure.events()) {
                    if (e instanceof KeyChange kc) {
                        key = kc.key();
                    } else if (e instanceof MeterChange mc) {
                        ts = mc.meter();
                    } else if (e instanceof MultiRest mr) {
                        restTime += mr.measures() * ts.measureLength().toDouble();
                        measures += mr.measures();
                    } else if (e instanceof Rest r) {
                        restTime += r.length().toDouble();
                        sounding = true;
                        tiedFromPrevious = false;
                    } else {
                        if (e instanceof Note g && g.grace()) {
                            graceNotes++;
                        } else if (e instanceof org.scorelab.core.model.Chord) {
                            chords++;
                        }
                        Note note = melodyNote(e);
                        if (note == null) {
                            continue;
                        }
                        sounding = true;
                        if (note.decorations().stream().anyMatch(d -> d != org.scorelab.core.model.Decoration.FERMATA)) {
                            ornamented++;
                        }
                        if (note.tieToNext()) {
                            ties++;
                        }
                        double len = note.length().toDouble();
                        noteTime += len;
                        int midi = note.pitch().midi();
                        if (tiedFromPrevious && !notes.isEmpty() && notes.get(notes.size() - 1).midi == midi) {
                            MelodyNote last = notes.remove(notes.size() - 1);
                            notes.add(new MelodyNote(midi, last.tonic, last.length + len, last.measure, last.dotted,
                                    last.tuplet, last.fermata || note.hasFermata()));
                        } else {
                            notes.add(new MelodyNote(midi, tonicPitchClass(key), len, measureLength(ts),
                                    note.duration().dots() > 0, !note.duration().tuplet().isNone(), note.hasFermata()));
                        }
                        tiedFromPrevious = note.tieToNext();
                    }
                }
                if (sounding) {
                    measures++;
                    if (first) {
                        Fraction len = measure.length();
                        pickup = len.compareTo(ts.measureLength()) < 0;
                        first = false;
                    }
                }
            }
            return new Melody(notes, noteTime, restTime, measures, graceNotes, ornamented, ties, chords, endingMeasures, repeatSigns, pickup);
        }

        private static double measureLength(TimeSignature ts) {
            Fraction f = ts.measureLength();
            return f.toDouble();
        }

        /** The sounding note of a note or chord event (its top note), or null for grace notes and the rest. */
        private static Note melodyNote(Event e) {
            if (e instanceof Note n) {
                return n.grace() ? null : n;
            }
            if (e instanceof org.scorelab.core.model.Chord c) {
                return c.top();
            }
            return null;
        }
    }
}
