package org.scorelab.core.midi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
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

/** Short hand for hand-built test tunes: measures of notes written as {@code "F#4"}. */
final class TuneBuilder {

    private final List<Measure> measures = new ArrayList<>();
    private List<Event> current = new ArrayList<>();

    static Pitch p(String name) {
        Step s = Step.parse(name.charAt(0));
        int i = 1;
        int alter = 0;
        while (name.charAt(i) == '#' || name.charAt(i) == 'b') {
            alter += name.charAt(i) == '#' ? 1 : -1;
            i++;
        }
        return new Pitch(s, alter, Integer.parseInt(name.substring(i)));
    }

    TuneBuilder n(String pitch, NoteValue v) {
        return add(Note.of(p(pitch), Duration.of(v)));
    }

    TuneBuilder n(String pitch, NoteValue v, int dots) {
        return add(Note.of(p(pitch), Duration.of(v, dots)));
    }

    TuneBuilder tied(String pitch, NoteValue v, int dots) {
        return add(Note.of(p(pitch), Duration.of(v, dots)).withTieToNext(true));
    }

    TuneBuilder triplet(String pitch, NoteValue v) {
        return add(Note.of(p(pitch), new Duration(v, 0, Tuplet.TRIPLET)));
    }

    TuneBuilder rest(NoteValue v, int dots) {
        return add(Rest.of(Duration.of(v, dots)));
    }

    TuneBuilder add(Event e) {
        current.add(e);
        return this;
    }

    TuneBuilder bar() {
        measures.add(new Measure(current, BarLine.SINGLE));
        current = new ArrayList<>();
        return this;
    }

    Tune build(String title, KeySignature key, TimeSignature meter, int tempo) {
        List<Measure> all = new ArrayList<>(measures);
        if (!current.isEmpty()) {
            all.add(new Measure(current, BarLine.SINGLE));
        }
        Measure last = all.remove(all.size() - 1);
        all.add(new Measure(last.events(), BarLine.FINAL));
        return new Tune(new TuneInfo("test.mid", 1, title, null, key, meter, tempo, Map.of()), all);
    }

    static Note grace(String pitch) {
        return new Note(p(pitch), Duration.of(NoteValue.EIGHTH), false, true, Set.of());
    }
}
