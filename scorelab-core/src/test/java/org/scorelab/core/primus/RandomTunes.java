package org.scorelab.core.primus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
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
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.model.Tuplet;

/**
 * Seeded random tunes of the kind PrIMuS holds (one staff; triplets and two-note chords too, which
 * the PrIMuS encodings reduce to written values and top notes), avoiding the
 * few things the agnostic encoding cannot tell apart: each measure that follows a key signature
 * (at the start or after a key change) opens with a rest, and changes never repeat what is in
 * force.
 */
public final class RandomTunes {

    private static final Clef[] CLEFS = {Clef.TREBLE, Clef.BASS, Clef.ALTO, Clef.TENOR, new Clef(Clef.Sign.C, 1, 0),
        new Clef(Clef.Sign.G, 1, 0), new Clef(Clef.Sign.F, 3, 0), new Clef(Clef.Sign.C, 2, 0)};
    private static final TimeSignature[] METERS = {TimeSignature.of(2, 4), TimeSignature.of(3, 4), TimeSignature.of(4, 4),
        TimeSignature.COMMON, TimeSignature.CUT, TimeSignature.of(6, 8), TimeSignature.of(3, 8), TimeSignature.of(12, 8),
        TimeSignature.of(2, 2), TimeSignature.of(9, 8)};
    private static final NoteValue[] VALUES = {NoteValue.WHOLE, NoteValue.HALF, NoteValue.QUARTER, NoteValue.QUARTER,
        NoteValue.EIGHTH, NoteValue.EIGHTH, NoteValue.EIGHTH, NoteValue.SIXTEENTH, NoteValue.SIXTEENTH, NoteValue.THIRTY_SECOND};

    private RandomTunes() {
    }

    public static Tune tune(Random r) {
        Clef clef = CLEFS[r.nextInt(CLEFS.length)];
        int fifths = r.nextInt(13) - 6;
        TimeSignature meter = r.nextInt(8) == 0 ? TimeSignature.FREE : METERS[r.nextInt(METERS.length)];
        Clef startClef = clef;
        int startFifths = fifths;
        TimeSignature startMeter = meter;
        List<Measure> measures = new ArrayList<>();
        int count = 1 + r.nextInt(8);
        boolean restFirst = true;
        for (int m = 0; m < count; m++) {
            List<Event> ev = new ArrayList<>();
            if (m > 0 && r.nextInt(10) == 0) {
                ev.add(new MultiRest(1 + r.nextInt(150)));
                measures.add(new Measure(ev, BarLine.SINGLE));
                continue;
            }
            if (m > 0 && r.nextInt(12) == 0) {
                Clef c = CLEFS[r.nextInt(CLEFS.length)];
                ev.add(new ClefChange(c));
                clef = c;
            }
            if (m > 0 && r.nextInt(12) == 0) {
                int f = r.nextInt(13) - 6;
                if (f != fifths) {
                    ev.add(new KeyChange(KeySignature.ofFifths(f)));
                    fifths = f;
                    restFirst = true;
                }
            }
            if (m > 0 && r.nextInt(12) == 0) {
                TimeSignature t = METERS[r.nextInt(METERS.length)];
                if (!t.equals(meter)) {
                    ev.add(new MeterChange(t));
                    meter = t;
                }
            }
            if (restFirst) {
                ev.add(Rest.of(Duration.of(NoteValue.QUARTER)));
                restFirst = false;
            }
            int events = 1 + r.nextInt(8);
            for (int i = 0; i < events; i++) {
                int kind = r.nextInt(10);
                Duration d = Duration.of(VALUES[r.nextInt(VALUES.length)], r.nextInt(5) == 0 ? 1 : 0);
                if (kind == 0) {
                    ev.add(new Rest(d, r.nextInt(10) == 0));
                    continue;
                }
                int key = clef.bottomLineDiatonicIndex() + r.nextInt(17) - 4;
                KeySignature ks = KeySignature.ofFifths(fifths);
                Pitch base = Pitch.fromDiatonicIndex(key, 0);
                int alter = r.nextInt(4) == 0 ? r.nextInt(3) - 1 : ks.alterOf(base.step());
                Pitch p = Pitch.fromDiatonicIndex(key, alter);
                if (kind == 2) {
                    NoteValue tv = r.nextBoolean() ? NoteValue.EIGHTH : NoteValue.SIXTEENTH;
                    for (int k = 0; k < 3; k++) {
                        Pitch q = Pitch.fromDiatonicIndex(key + k, ks.alterOf(Pitch.fromDiatonicIndex(key + k, 0).step()));
                        ev.add(Note.of(q, Duration.of(tv).withTuplet(Tuplet.TRIPLET)));
                    }
                    continue;
                }
                if (kind == 3 && r.nextBoolean()) {
                    Pitch third = Pitch.fromDiatonicIndex(key + 2, ks.alterOf(Pitch.fromDiatonicIndex(key + 2, 0).step()));
                    ev.add(new Chord(List.of(Note.of(p, d), Note.of(third, d))));
                    continue;
                }
                boolean grace = kind == 1;
                if (grace) {
                    d = Duration.of(r.nextBoolean() ? NoteValue.EIGHTH : NoteValue.SIXTEENTH);
                }
                Set<Decoration> dec = !grace && r.nextInt(15) == 0 ? Set.of(Decoration.FERMATA) : Set.of();
                boolean tie = !grace && r.nextInt(6) == 0;
                ev.add(new Note(p, d, tie, grace, dec));
                if (tie) {
                    if (i + 1 < events || m + 1 == count) {
                        ev.add(Note.of(p, Duration.of(VALUES[r.nextInt(VALUES.length)])));
                        i++;
                    } else {
                        measures.add(new Measure(ev, BarLine.SINGLE));
                        ev = new ArrayList<>();
                        if (r.nextInt(3) == 0) {
                            clef = CLEFS[r.nextInt(CLEFS.length)];
                            ev.add(new ClefChange(clef));
                        }
                        ev.add(Note.of(p, Duration.of(NoteValue.QUARTER)));
                        m++;
                    }
                }
            }
            BarLine end = m == count - 1 && r.nextBoolean() ? BarLine.NONE : BarLine.SINGLE;
            measures.add(new Measure(ev, end));
        }
        TuneInfo info = new TuneInfo("random", 1, "", startClef, KeySignature.ofFifths(startFifths), startMeter, 0,
                Map.of());
        return new Tune(info, measures);
    }
}
