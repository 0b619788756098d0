package org.scorelab.core.model;

import java.util.ArrayList;
import java.util.List;

/** One monophonic part: its starting attributes and its measures. */
public record Tune(TuneInfo info, List<Measure> measures) {

    public Tune {
        if (info == null) {
            throw new IllegalArgumentException("info must not be null");
        }
        measures = List.copyOf(measures);
    }

    /** All events in order, measure after measure. */
    public List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (Measure m : measures) {
            out.addAll(m.events());
        }
        return out;
    }

    /** The notes that sound, chords reduced to their top note, grace notes left out. */
    public List<Note> melody() {
        List<Note> out = new ArrayList<>();
        for (Event e : events()) {
            if (e instanceof Note n && !n.grace()) {
                out.add(n);
            } else if (e instanceof Chord c) {
                out.add(c.top());
            }
        }
        return out;
    }

    public Tune withMeasures(List<Measure> m) {
        return new Tune(info, m);
    }
}
