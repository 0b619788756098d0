package org.scorelab.core.abc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scorelab.core.abc.AbcItem.BarItem;
import org.scorelab.core.abc.AbcItem.BrokenItem;
import org.scorelab.core.abc.AbcItem.ChordItem;
import org.scorelab.core.abc.AbcItem.EndingItem;
import org.scorelab.core.abc.AbcItem.EventItem;
import org.scorelab.core.abc.AbcItem.LineEndItem;
import org.scorelab.core.abc.AbcItem.MultiRestItem;
import org.scorelab.core.abc.AbcItem.NoteItem;
import org.scorelab.core.abc.AbcItem.RestItem;
import org.scorelab.core.abc.AbcItem.Tone;
import org.scorelab.core.abc.AbcItem.TupletItem;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tuplet;

/**
 * Second pass over the items of a tune body: applies broken rhythm ({@code >}, {@code <}) to the
 * notes on both sides, gives the notes after a tuplet mark their ratio, turns written lengths
 * into note values (tied where one value cannot write them) and closes a measure at every bar
 * line. A bar line with nothing before it since the last one (as in {@code :| |:}) is merged into
 * the last bar line; one before any note (a leading {@code |:}) is dropped, as a repeat without a
 * start mark goes back to the beginning anyway.
 *
 * <p>A line that ends without a bar line on an exactly full measure closes that measure with a
 * plain bar line. The standard gives line ends no meaning, but some collections (Essen) leave the
 * bar line out where a phrase ends at a measure's end; since the next note would otherwise
 * overflow the measure, no tune that keeps to its meter is read differently.
 */
final class AbcAssembler {

    private final List<AbcItem> items;
    private final Fraction[] lengths;
    private final List<Measure> measures = new ArrayList<>();
    private List<Event> current = new ArrayList<>();
    private int ending;
    private Tuplet tuplet = Tuplet.NONE;
    private int tupletLeft;
    private TimeSignature meter;

    private AbcAssembler(List<AbcItem> items, TimeSignature meter) {
        this.items = items;
        this.lengths = new Fraction[items.size()];
        this.meter = meter;
    }

    /** Measures of the items of a tune body whose header meter is {@code meter}. */
    static List<Measure> assemble(List<AbcItem> items, TimeSignature meter) throws AbcSyntaxException {
        return new AbcAssembler(items, meter).run();
    }

    private List<Measure> run() throws AbcSyntaxException {
        for (int i = 0; i < items.size(); i++) {
            AbcItem it = items.get(i);
            if (it instanceof NoteItem n) {
                lengths[i] = n.length();
            } else if (it instanceof ChordItem c) {
                lengths[i] = c.length();
            } else if (it instanceof RestItem r) {
                lengths[i] = r.length();
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof BrokenItem b) {
                applyBroken(i, b);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            AbcItem it = items.get(i);
            if (it instanceof NoteItem n) {
                note(n, lengths[i]);
            } else if (it instanceof ChordItem c) {
                chord(c, lengths[i]);
            } else if (it instanceof RestItem r) {
                rest(r, lengths[i]);
            } else if (it instanceof MultiRestItem m) {
                current.add(new MultiRest(m.measures()));
            } else if (it instanceof TupletItem t) {
                // (6:6 changes no time: the plain ratio, so that equal music makes equal models
                tuplet = t.actual() == t.normal() ? Tuplet.NONE : new Tuplet(t.actual(), t.normal());
                tupletLeft = t.count();
            } else if (it instanceof EventItem e) {
                current.add(e.event());
                if (e.event() instanceof MeterChange m) {
                    meter = m.meter();
                }
            } else if (it instanceof LineEndItem) {
                lineEnd();
            } else if (it instanceof EndingItem e) {
                ending = e.number();
            } else if (it instanceof BarItem b) {
                bar(b.bar());
            }
        }
        if (!current.isEmpty()) {
            measures.add(new Measure(current, BarLine.NONE, ending));
        }
        return slursNotTies(measures);
    }

    /**
     * A tie joins two notes of one pitch. Some transcriptions (O'Neill's) write {@code d3-c} for a
     * slur between different pitches; a tie there would make encodings and renderings claim a
     * tie that no engraver draws, so it is dropped. Pitches are compared by sound (midi), so an
     * enharmonic respelling still ties.
     */
    private static List<Measure> slursNotTies(List<Measure> measures) {
        List<Event> flat = new ArrayList<>();
        for (Measure m : measures) {
            flat.addAll(m.events());
        }
        java.util.Map<Event, Event> replaced = new java.util.IdentityHashMap<>();
        for (int i = 0; i < flat.size(); i++) {
            if (!(flat.get(i) instanceof Note n) || !n.tieToNext() || n.grace()) {
                continue;
            }
            Event next = null;
            for (int j = i + 1; j < flat.size() && next == null; j++) {
                Event e = flat.get(j);
                if (e instanceof Note g && g.grace() || e.length().isZero() && !(e instanceof Note)) {
                    continue;
                }
                next = e;
            }
            boolean samePitch = next instanceof Note m && m.pitch().midi() == n.pitch().midi()
                    || next instanceof Chord c && c.notes().stream().anyMatch(x -> x.pitch().midi() == n.pitch().midi());
            if (!samePitch) {
                replaced.put(n, n.withTieToNext(false));
            }
        }
        if (replaced.isEmpty()) {
            return measures;
        }
        List<Measure> out = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            List<Event> events = new ArrayList<>(m.events().size());
            for (Event e : m.events()) {
                events.add(replaced.getOrDefault(e, e));
            }
            out.add(new Measure(events, m.end(), m.ending()));
        }
        return out;
    }

    private void applyBroken(int i, BrokenItem b) throws AbcSyntaxException {
        int prev = sounding(i, -1);
        int next = sounding(i, 1);
        if (prev < 0 || next < 0) {
            String mark = String.valueOf(b.firstLonger() ? '>' : '<').repeat(b.count());
            throw AbcSyntaxException.found(b.line(), b.column(), mark,
                    "a note " + (prev < 0 ? "before" : "after") + " the broken rhythm in the same measure");
        }
        Fraction shorter = Fraction.of(1, 1L << b.count());
        Fraction longer = Fraction.of(2, 1).minus(shorter);
        lengths[prev] = lengths[prev].times(b.firstLonger() ? longer : shorter);
        lengths[next] = lengths[next].times(b.firstLonger() ? shorter : longer);
    }

    /** The sounding item next to {@code i} in direction {@code dir}, past grace notes, changes and line ends. */
    private int sounding(int i, int dir) {
        for (int j = i + dir; j >= 0 && j < items.size(); j += dir) {
            AbcItem it = items.get(j);
            if (AbcItem.sounding(it)) {
                return j;
            }
            if (!(it instanceof NoteItem || it instanceof EventItem || it instanceof LineEndItem
                    || it instanceof TupletItem && dir > 0)) {
                return -1;
            }
        }
        return -1;
    }

    private Tuplet nextTuplet() {
        if (tupletLeft > 0) {
            tupletLeft--;
            return tuplet;
        }
        return Tuplet.NONE;
    }

    private List<Duration> durations(AbcItem it, Fraction length) throws AbcSyntaxException {
        List<Duration> parts = AbcLengths.split(length);
        if (parts.isEmpty()) {
            throw AbcSyntaxException.found(it.line(), it.column(), "length " + length + " of a whole note",
                    "a length that note values down to 1/128 can write, tied if need be");
        }
        return parts;
    }

    private void note(NoteItem n, Fraction length) throws AbcSyntaxException {
        Tuplet t = n.grace() ? Tuplet.NONE : nextTuplet();
        List<Duration> parts = durations(n, length);
        for (int k = 0; k < parts.size(); k++) {
            boolean last = k == parts.size() - 1;
            current.add(new Note(n.pitch(), parts.get(k).withTuplet(t), !last || n.tie(), n.grace(),
                    k == 0 ? n.decorations() : Set.of()));
        }
    }

    private void chord(ChordItem c, Fraction length) throws AbcSyntaxException {
        Tuplet t = nextTuplet();
        List<Duration> parts = durations(c, length);
        for (int k = 0; k < parts.size(); k++) {
            boolean last = k == parts.size() - 1;
            List<Note> notes = new ArrayList<>();
            for (Tone tone : c.tones()) {
                notes.add(new Note(tone.pitch(), parts.get(k).withTuplet(t), !last || tone.tie(), false,
                        k == 0 ? tone.decorations() : Set.of()));
            }
            current.add(new Chord(notes));
        }
    }

    private void rest(RestItem r, Fraction length) throws AbcSyntaxException {
        Tuplet t = nextTuplet();
        List<Duration> parts = durations(r, length);
        for (int k = 0; k < parts.size(); k++) {
            current.add(new Rest(parts.get(k).withTuplet(t), k == 0 && r.fermata()));
        }
    }

    private void lineEnd() {
        if (!current.isEmpty() && meter.symbol() != TimeSignature.Symbol.NONE && tupletLeft == 0) {
            Fraction sum = Fraction.ZERO;
            for (Event e : current) {
                if (e instanceof MultiRest) {
                    return;
                }
                sum = sum.plus(e.length());
            }
            if (sum.equals(meter.measureLength())) {
                bar(BarLine.SINGLE);
            }
        }
    }

    private void bar(BarLine bar) {
        if (!current.isEmpty()) {
            measures.add(new Measure(current, bar, ending));
            current = new ArrayList<>();
            ending = 0;
            return;
        }
        if (measures.isEmpty()) {
            return;
        }
        Measure last = measures.remove(measures.size() - 1);
        measures.add(new Measure(last.events(), merge(last.end(), bar), last.ending()));
    }

    /** Two bar lines with nothing between: the drawn style of the second unless plain, both repeats. */
    static BarLine merge(BarLine a, BarLine b) {
        BarLine.Style style = b.style() == BarLine.Style.SINGLE ? a.style() : b.style();
        return new BarLine(style, a.repeatStart() || b.repeatStart(), a.repeatEnd() || b.repeatEnd());
    }
}
