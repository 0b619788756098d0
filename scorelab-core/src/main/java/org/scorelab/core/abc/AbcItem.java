package org.scorelab.core.abc;

import java.util.List;
import java.util.Set;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.Pitch;

/**
 * What the line parser makes of the tune body, in order, before broken rhythm, tuplets and
 * measures are applied. Every item keeps its line and column for the messages of the second pass.
 * Lengths here are fractions of a whole note as written (unit length already applied).
 */
sealed interface AbcItem {

    int line();

    int column();

    /** One note: a grace note when {@code grace}. */
    record NoteItem(Pitch pitch, Fraction length, boolean tie, boolean grace, Set<Decoration> decorations,
                    int line, int column) implements AbcItem {

        public NoteItem {
            decorations = Set.copyOf(decorations);
        }

        NoteItem withTie() {
            return new NoteItem(pitch, length, true, grace, decorations, line, column);
        }
    }

    /** One note of a chord; the chord has one length for all. */
    record Tone(Pitch pitch, boolean tie, Set<Decoration> decorations) {

        public Tone {
            decorations = Set.copyOf(decorations);
        }
    }

    /** Notes struck together. */
    record ChordItem(List<Tone> tones, Fraction length, int line, int column) implements AbcItem {

        public ChordItem {
            tones = List.copyOf(tones);
        }

        /** The chord with every note tied to the next chord ({@code [CEG]-}). */
        ChordItem withTie() {
            return new ChordItem(tones.stream().map(t -> new Tone(t.pitch(), true, t.decorations())).toList(),
                    length, line, column);
        }
    }

    /** A rest, visible ({@code z}) or not ({@code x}). */
    record RestItem(Fraction length, boolean fermata, int line, int column) implements AbcItem {
    }

    /** {@code Z} or {@code Z4}: whole measures of rest. */
    record MultiRestItem(int measures, int line, int column) implements AbcItem {
    }

    /** A bar line. */
    record BarItem(BarLine bar, int line, int column) implements AbcItem {
    }

    /** {@code [1}, {@code |2}: the measure here opens this ending. */
    record EndingItem(int number, int line, int column) implements AbcItem {
    }

    /** {@code (p:q:r}: the next {@code count} notes play {@code actual} in the time of {@code normal}. */
    record TupletItem(int actual, int normal, int count, int line, int column) implements AbcItem {
    }

    /** {@code >}, {@code >>}, {@code <}: the note before is {@code firstLonger} or shorter by dots. */
    record BrokenItem(int count, boolean firstLonger, int line, int column) implements AbcItem {
    }

    /** The end of a music line that is not continued with a backslash. */
    record LineEndItem(int line, int column) implements AbcItem {
    }

    /** A key, meter or clef change in the body. */
    record EventItem(Event event, int line, int column) implements AbcItem {
    }

    /** Whether this item takes time and counts in tuplets and broken rhythm. */
    static boolean sounding(AbcItem item) {
        return item instanceof NoteItem n && !n.grace() || item instanceof ChordItem || item instanceof RestItem;
    }
}
