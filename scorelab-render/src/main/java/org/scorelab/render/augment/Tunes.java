package org.scorelab.render.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/** Small helpers shared by the augmentations: rebuilding headers and mapping every pitch. */
final class Tunes {
    private Tunes() {
    }

    static TuneInfo header(TuneInfo i, Clef clef, KeySignature key, TimeSignature meter) {
        return new TuneInfo(i.source(), i.number(), i.title(), clef, key, meter, i.tempoBpm(), i.fields());
    }

    /** Applies {@code f} to the events of every measure, keeping bar lines and endings. */
    static Tune mapEvents(Tune tune, UnaryOperator<List<Event>> f) {
        List<Measure> out = new ArrayList<>(tune.measures().size());
        for (Measure m : tune.measures()) {
            out.add(new Measure(f.apply(new ArrayList<>(m.events())), m.end(), m.ending()));
        }
        return tune.withMeasures(out);
    }

    /** Applies {@code f} to every pitch: notes, grace notes and every note of a chord. */
    static Tune mapPitches(Tune tune, UnaryOperator<Pitch> f) {
        return mapEvents(tune, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                if (e instanceof Note n) {
                    out.add(n.withPitch(f.apply(n.pitch())));
                } else if (e instanceof Chord c) {
                    List<Note> notes = new ArrayList<>(c.notes().size());
                    for (Note n : c.notes()) {
                        notes.add(n.withPitch(f.apply(n.pitch())));
                    }
                    out.add(new Chord(notes));
                } else {
                    out.add(e);
                }
            }
            return out;
        });
    }

    /** Every pitch in the tune, grace notes and chord notes included. */
    static List<Pitch> pitches(Tune tune) {
        List<Pitch> out = new ArrayList<>();
        for (Event e : tune.events()) {
            if (e instanceof Note n) {
                out.add(n.pitch());
            } else if (e instanceof Chord c) {
                for (Note n : c.notes()) {
                    out.add(n.pitch());
                }
            }
        }
        return out;
    }
}
