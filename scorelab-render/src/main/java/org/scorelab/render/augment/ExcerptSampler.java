package org.scorelab.render.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * Cuts a run of whole measures out of a tune, as a PrIMuS incipit: the excerpt starts with the
 * clef, key and meter in force at its first measure (changes before it are folded into its
 * header), it starts either at the tune's first measure (a pickup included) or at a complete
 * measure, so that it never opens in the middle of a bar, and a tie into the measure after it is
 * dropped. Bar lines become plain single bar lines and first/second endings are dropped, because
 * the PrIMuS encodings know only {@code barline}.
 *
 * @param minMeasures fewest measures in an excerpt, at least 1
 * @param maxMeasures most measures in an excerpt
 */
public record ExcerptSampler(int minMeasures, int maxMeasures) {
    public ExcerptSampler {
        if (minMeasures < 1 || maxMeasures < minMeasures) {
            throw new IllegalArgumentException("measures range must satisfy 1 <= min <= max, was "
                    + minMeasures + ".." + maxMeasures);
        }
    }

    /**
     * A random excerpt: a length in the range, then a start among the allowed ones where that
     * length fits (any allowed start, the excerpt cut short by the tune's end, when none does). Empty when the tune has no measure with a note or rest.
     */
    public Optional<Tune> sample(Tune tune, RandomGenerator rng) {
        List<Integer> starts = allowedStarts(tune);
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        int wanted = minMeasures + rng.nextInt(maxMeasures - minMeasures + 1);
        int size = tune.measures().size();
        List<Integer> fitting = starts.stream().filter(s -> s + wanted <= size).toList();
        List<Integer> from = fitting.isEmpty() ? starts : fitting;
        int start = from.get(rng.nextInt(from.size()));
        int count = Math.min(wanted, size - start);
        return Optional.of(excerpt(tune, start, count));
    }

    /**
     * Measures an excerpt may start at: the first one, pickup or not, and every later measure
     * that fills its meter exactly or is a multirest.
     */
    public static List<Integer> allowedStarts(Tune tune) {
        List<Integer> out = new ArrayList<>();
        TimeSignature meter = tune.info().meter();
        List<Measure> ms = tune.measures();
        for (int i = 0; i < ms.size(); i++) {
            Measure m = ms.get(i);
            for (Event e : m.events()) {
                if (e instanceof MeterChange mc && !hasTimedEventBefore(m, e)) {
                    meter = mc.meter();
                }
            }
            boolean hasSymbol = m.events().stream().anyMatch(ExcerptSampler::isTimedOrMultirest);
            boolean multirest = m.events().stream().anyMatch(e -> e instanceof MultiRest);
            if (hasSymbol && (i == 0 || multirest || m.length().equals(meter.measureLength()))) {
                out.add(i);
            }
            for (Event e : m.events()) {
                if (e instanceof MeterChange mc) {
                    meter = mc.meter();
                }
            }
        }
        return out;
    }

    /**
     * The measures {@code start .. start+count-1} as a tune of their own, headed by the
     * attributes in force at {@code start}.
     */
    public static Tune excerpt(Tune tune, int start, int count) {
        List<Measure> ms = tune.measures();
        if (start < 0 || count < 1 || start + count > ms.size()) {
            throw new IllegalArgumentException("excerpt " + start + "+" + count + " outside the tune's "
                    + ms.size() + " measures");
        }
        Clef clef = tune.info().clef();
        KeySignature key = tune.info().key();
        TimeSignature meter = tune.info().meter();
        for (int i = 0; i < start; i++) {
            for (Event e : ms.get(i).events()) {
                if (e instanceof ClefChange c) {
                    clef = c.clef();
                } else if (e instanceof KeyChange k) {
                    key = k.key();
                } else if (e instanceof MeterChange mc) {
                    meter = mc.meter();
                }
            }
        }
        List<Measure> out = new ArrayList<>(count);
        for (int i = start; i < start + count; i++) {
            List<Event> events = new ArrayList<>();
            boolean leading = i == start;
            for (Event e : ms.get(i).events()) {
                if (leading && !isTimedOrMultirest(e) && !(e instanceof Note n && n.grace())) {
                    if (e instanceof ClefChange c) {
                        clef = c.clef();
                    } else if (e instanceof KeyChange k) {
                        key = k.key();
                    } else if (e instanceof MeterChange mc) {
                        meter = mc.meter();
                    }
                    continue;
                }
                leading = false;
                events.add(e);
            }
            out.add(new Measure(events, BarLine.SINGLE, 0));
        }
        out = untieEnd(out);
        return new Tune(Tunes.header(tune.info(), clef, key, meter), out);
    }

    private static List<Measure> untieEnd(List<Measure> measures) {
        List<Measure> out = new ArrayList<>(measures);
        Measure last = out.get(out.size() - 1);
        List<Event> events = new ArrayList<>(last.events());
        for (int j = events.size() - 1; j >= 0; j--) {
            Event e = events.get(j);
            if (e instanceof Note n && !n.grace()) {
                events.set(j, n.withTieToNext(false));
                break;
            }
            if (!e.length().isZero()) {
                break;
            }
        }
        out.set(out.size() - 1, new Measure(events, last.end(), last.ending()));
        return out;
    }

    private static boolean hasTimedEventBefore(Measure m, Event target) {
        for (Event e : m.events()) {
            if (e == target) {
                return false;
            }
            if (isTimedOrMultirest(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimedOrMultirest(Event e) {
        return e instanceof MultiRest || !e.length().isZero();
    }
}
