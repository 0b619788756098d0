package org.scorelab.render.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/** Hand-built tunes for known-answer tests. */
public final class TestTunes {
    private TestTunes() {
    }

    /** A pitch from its name: {@code F#4}, {@code Bb3}, {@code C5}. */
    public static Pitch p(String name) {
        Step step = Step.parse(name.charAt(0));
        int i = 1;
        int alter = 0;
        while (name.charAt(i) == '#' || name.charAt(i) == 'b') {
            alter += name.charAt(i) == '#' ? 1 : -1;
            i++;
        }
        return new Pitch(step, alter, Integer.parseInt(name.substring(i)));
    }

    public static Note n(String pitch, NoteValue v) {
        return Note.of(p(pitch), Duration.of(v));
    }

    public static Note q(String pitch) {
        return n(pitch, NoteValue.QUARTER);
    }

    public static Note e(String pitch) {
        return n(pitch, NoteValue.EIGHTH);
    }

    public static Note grace(String pitch) {
        return new Note(p(pitch), Duration.of(NoteValue.EIGHTH), false, true, Set.of());
    }

    public static Measure m(Event... events) {
        return new Measure(List.of(events), BarLine.SINGLE);
    }

    public static Tune tune(Clef clef, KeySignature key, TimeSignature meter, Measure... measures) {
        return new Tune(new TuneInfo("test.abc", 1, "Test", clef, key, meter, 0, null), List.of(measures));
    }

    /** Every note's pitch name in order, grace notes included. */
    public static List<String> names(Tune t) {
        List<String> out = new ArrayList<>();
        for (Event e : t.events()) {
            if (e instanceof Note n) {
                out.add(n.pitch().name());
            }
        }
        return out;
    }
}
