package org.scorelab.core.abc;

import java.util.List;
import java.util.Set;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.Tuplet;

/** Short spellings of expected events for the known-answer tests: {@code n("F#4", EIGHTH)}. */
final class Music {

    private Music() {
    }

    /** {@code C4}, {@code F#5}, {@code Bb3}, {@code C##5}, {@code Bbb4}. */
    static Pitch p(String name) {
        Step step = Step.parse(name.charAt(0));
        int i = 1;
        int alter = 0;
        while (name.charAt(i) == '#' || name.charAt(i) == 'b') {
            alter += name.charAt(i) == '#' ? 1 : -1;
            i++;
        }
        return new Pitch(step, alter, Integer.parseInt(name.substring(i)));
    }

    static Note n(String pitch, NoteValue v) {
        return Note.of(p(pitch), Duration.of(v));
    }

    static Note n(String pitch, NoteValue v, int dots) {
        return Note.of(p(pitch), Duration.of(v, dots));
    }

    static Note tied(Note n) {
        return n.withTieToNext(true);
    }

    static Note grace(Note n) {
        return new Note(n.pitch(), n.duration(), n.tieToNext(), true, n.decorations());
    }

    static Note deco(Note n, Decoration... d) {
        return new Note(n.pitch(), n.duration(), n.tieToNext(), n.grace(), Set.of(d));
    }

    static Note tup(Note n, int actual, int normal) {
        return n.withDuration(n.duration().withTuplet(new Tuplet(actual, normal)));
    }

    static Rest r(NoteValue v) {
        return Rest.of(Duration.of(v));
    }

    static Chord chord(Note... notes) {
        return new Chord(List.of(notes));
    }

    static Measure m(BarLine end, Event... events) {
        return new Measure(List.of(events), end);
    }

    static Measure m(BarLine end, int ending, Event... events) {
        return new Measure(List.of(events), end, ending);
    }

    static BarLine bar(BarLine.Style style, boolean repeatStart, boolean repeatEnd) {
        return new BarLine(style, repeatStart, repeatEnd);
    }
}
