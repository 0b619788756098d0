package org.scorelab.core.engrave;

import java.util.Arrays;
import java.util.List;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.TimeSignature;

/**
 * Groups eighths and shorter notes of one measure under beams.
 *
 * <p>{@link Mode#BY_BEAT} beams by the beat of the meter ({@link #beamSpan}): consecutive notes of
 * an eighth or shorter whose onset and end fall inside the same beam span are beamed together; a
 * rest, a longer note, a grace note, a clef/key/meter change or a span boundary breaks the beam, and
 * a note that crosses a span boundary keeps its flag. A beam never partially overlaps a tuplet
 * group ({@link TupletGrouping}): it is split at the group's edge, so that MEI elements nest.
 * Consecutive grace notes of an eighth or shorter are beamed among themselves. A run of one note
 * keeps its flag.
 *
 * <p>{@link Mode#FLAGS_ONLY} beams nothing: every note keeps its flags, as in many PrIMuS incipits
 * of vocal music (the PrIMuS example 000051652-1_2_1 among them).
 *
 * @param mode how to beam
 */
public record Beaming(Mode mode) {

    public enum Mode { BY_BEAT, FLAGS_ONLY }

    /** Where a note stands in its beam. */
    public enum Role { NONE, START, CONTINUE, END }

    /**
     * The beam of one event.
     *
     * @param role       none (flag or not a note), start, continue or end of a beam
     * @param beams      the note's own number of beams or flags (1 for an eighth); the N of the
     *                   agnostic {@code beamedRightN}, {@code beamedBothN}, {@code beamedLeftN}
     * @param leftBeams  beams that join the previous note (0 at the start)
     * @param rightBeams beams that join the next note (0 at the end)
     */
    public record Beam(Role role, int beams, int leftBeams, int rightBeams) {
        public static final Beam NONE = new Beam(Role.NONE, 0, 0, 0);
    }

    public static final Beaming BY_BEAT = new Beaming(Mode.BY_BEAT);
    public static final Beaming FLAGS_ONLY = new Beaming(Mode.FLAGS_ONLY);

    public Beaming {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
    }

    /**
     * The length one beam may span. Simple meters beam by their beat (a quarter in 2/4, 3/4, 4/4
     * and C; a half in 2/2 and C/). Compound meters (6/8, 9/8, 12/8, 6/16 ...) beam by their
     * dotted beat (three of the denominator's value). Simple meters with a beat shorter than a
     * quarter beam the whole measure when it has at most three beats (2/8, 3/8, 3/16) and by the
     * quarter otherwise (4/8, 5/8).
     */
    public static Fraction beamSpan(TimeSignature meter) {
        if (meter.isCompound()) {
            return Fraction.of(3, meter.beatType());
        }
        if (meter.beatType() > 4) {
            return meter.beats() <= 3 ? meter.measureLength() : Fraction.of(1, 4);
        }
        return Fraction.of(1, meter.beatType());
    }

    /**
     * The beam of every event of one measure, index by index (non-notes get {@link Beam#NONE};
     * chords are beamed by their top note).
     *
     * @param meter the meter in force at the start of the measure
     */
    public Beam[] beam(List<Event> events, TimeSignature meter) {
        int n = events.size();
        Beam[] out = new Beam[n];
        Arrays.fill(out, Beam.NONE);
        if (mode == Mode.FLAGS_ONLY || n < 2) {
            return out;
        }
        int[] tuplets = TupletGrouping.groups(events);
        int[] runOf = new int[n];
        Arrays.fill(runOf, -1);
        int runs = 0;
        Fraction span = beamSpan(meter);
        Fraction onset = Fraction.ZERO;
        int mainRun = -1;
        long mainSpan = -1;
        int graceRun = -1;
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            Note note = e instanceof Note x ? x : e instanceof Chord c ? c.top() : null;
            if (note != null && note.grace()) {
                mainRun = -1;
                if (note.duration().value().beams() > 0) {
                    if (graceRun < 0) {
                        graceRun = runs++;
                    }
                    runOf[i] = graceRun;
                } else {
                    graceRun = -1;
                }
                continue;
            }
            graceRun = -1;
            if (e instanceof MeterChange mc) {
                span = beamSpan(mc.meter());
            }
            Fraction length = e.length();
            if (note != null && note.duration().value().beams() > 0) {
                Fraction position = onset.dividedBy(span);
                long spanIndex = Math.floorDiv(position.numerator(), position.denominator());
                Fraction spanEnd = span.times(spanIndex + 1);
                if (onset.plus(length).compareTo(spanEnd) > 0) {
                    mainRun = -1;
                } else {
                    if (mainRun < 0 || spanIndex != mainSpan) {
                        mainRun = runs++;
                        mainSpan = spanIndex;
                    }
                    runOf[i] = mainRun;
                }
            } else {
                mainRun = -1;
            }
            onset = onset.plus(length);
        }
        splitAtTupletEdges(runOf, tuplets, runs);
        assignRoles(events, runOf, out);
        return out;
    }

    /** Splits runs that partially overlap a tuplet group, at the group's edges. */
    private static void splitAtTupletEdges(int[] runOf, int[] tuplets, int runs) {
        int n = runOf.length;
        int groups = 0;
        for (int t : tuplets) {
            groups = Math.max(groups, t + 1);
        }
        if (groups == 0) {
            return;
        }
        int[] tFirst = new int[groups];
        int[] tLast = new int[groups];
        Arrays.fill(tFirst, -1);
        for (int i = 0; i < n; i++) {
            int t = tuplets[i];
            if (t >= 0) {
                if (tFirst[t] < 0) {
                    tFirst[t] = i;
                }
                tLast[t] = i;
            }
        }
        int nextRun = runs;
        int i = 0;
        while (i < n) {
            int r = runOf[i];
            if (r < 0) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < n && runOf[last + 1] == r) {
                last++;
            }
            int current = r;
            for (int k = first + 1; k <= last; k++) {
                int a = tuplets[k - 1];
                int b = tuplets[k];
                if (a != b && (outside(a, tFirst, tLast, first, last) || outside(b, tFirst, tLast, first, last))) {
                    current = nextRun++;
                }
                runOf[k] = current;
            }
            i = last + 1;
        }
    }

    private static boolean outside(int group, int[] tFirst, int[] tLast, int first, int last) {
        return group >= 0 && (tFirst[group] < first || tLast[group] > last);
    }

    private static void assignRoles(List<Event> events, int[] runOf, Beam[] out) {
        int n = runOf.length;
        int i = 0;
        while (i < n) {
            int r = runOf[i];
            int last = i;
            while (r >= 0 && last + 1 < n && runOf[last + 1] == r) {
                last++;
            }
            if (r >= 0 && last > i) {
                for (int k = i; k <= last; k++) {
                    int own = beamsOf(events.get(k));
                    int left = k == i ? 0 : Math.min(own, beamsOf(events.get(k - 1)));
                    int right = k == last ? 0 : Math.min(own, beamsOf(events.get(k + 1)));
                    Role role = k == i ? Role.START : k == last ? Role.END : Role.CONTINUE;
                    out[k] = new Beam(role, own, left, right);
                }
            }
            i = last + 1;
        }
    }

    private static int beamsOf(Event e) {
        Note note = e instanceof Note x ? x : ((Chord) e).top();
        return note.duration().value().beams();
    }
}
