package org.scorelab.render.dataset;

import org.scorelab.core.corpus.TitleSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/**
 * Folk-like tunes made up from a seed, for builder tests and the throughput benchmark (the ABC
 * reader lives elsewhere): a random walk on the scale of a random key, measures filled exactly,
 * sometimes a pickup.
 */
final class RandomTunes {
    private static final TimeSignature[] METERS = {TimeSignature.of(2, 4), TimeSignature.of(3, 4),
            TimeSignature.COMMON, TimeSignature.of(6, 8), TimeSignature.of(4, 4), TimeSignature.of(3, 8)};
    private static final Duration[] VALUES = {Duration.of(NoteValue.QUARTER), Duration.of(NoteValue.EIGHTH),
            Duration.of(NoteValue.EIGHTH), Duration.of(NoteValue.HALF), Duration.of(NoteValue.QUARTER, 1),
            Duration.of(NoteValue.SIXTEENTH), Duration.of(NoteValue.EIGHTH, 1)};

    private RandomTunes() {
    }

    static List<DatasetItem> items(int n, long seed, TitleSplit split) {
        List<DatasetItem> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Tune t = tune(new SplittableRandom(seed * 31 + i), "Tune " + i);
            out.add(new DatasetItem(t, "random.abc#" + (i + 1), t.info().title(), split.of(t.info().title())));
        }
        return out;
    }

    static Tune tune(SplittableRandom rng, String title) {
        KeySignature key = KeySignature.ofFifths(rng.nextInt(-3, 5));
        TimeSignature meter = METERS[rng.nextInt(METERS.length)];
        int index = Pitch.of(org.scorelab.core.model.Step.G, 4).diatonicIndex() + rng.nextInt(-2, 5);
        List<Measure> measures = new ArrayList<>();
        int count = 8 + rng.nextInt(9);
        for (int m = 0; m < count; m++) {
            Fraction left = m == 0 && rng.nextBoolean() ? Fraction.of(1, 8) : meter.measureLength();
            List<Event> events = new ArrayList<>();
            while (!left.isZero()) {
                Duration d = VALUES[rng.nextInt(VALUES.length)];
                if (d.length().compareTo(left) > 0) {
                    d = Duration.of(NoteValue.EIGHTH);
                    if (d.length().compareTo(left) > 0) {
                        d = Duration.of(NoteValue.SIXTEENTH);
                    }
                }
                left = left.minus(d.length());
                if (rng.nextInt(12) == 0) {
                    events.add(Rest.of(d));
                    continue;
                }
                index = Math.max(24, Math.min(38, index + rng.nextInt(-2, 3)));
                Pitch natural = Pitch.fromDiatonicIndex(index, 0);
                events.add(Note.of(Pitch.fromDiatonicIndex(index, key.alterOf(natural.step())), d));
            }
            measures.add(new Measure(events, m == count - 1 ? BarLine.FINAL : BarLine.SINGLE));
        }
        return new Tune(new TuneInfo("random.abc", 1, title, Clef.TREBLE, key, meter, 0, null), measures);
    }
}
