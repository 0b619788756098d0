package org.scorelab.core.primus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.model.Tuplet;

/** Short builders for hand-written test tunes, in the spelling of the semantic tokens. */
public final class Tunes {

    private Tunes() {
    }

    /** {@code Bb4}, {@code F#5}, {@code Ebb3}. */
    public static Pitch pitch(String name) {
        Pitch p = SemanticReader.parsePitch(name, 0, name.length());
        if (p == null) {
            throw new IllegalArgumentException(name);
        }
        return p;
    }

    /** {@code quarter}, {@code eighth.}, {@code half..}. */
    public static Duration dur(String value) {
        int end = value.length();
        while (value.charAt(end - 1) == '.') {
            end--;
        }
        NoteValue v = NoteValue.byPrimusName(value.substring(0, end));
        if (v == null) {
            throw new IllegalArgumentException(value);
        }
        return Duration.of(v, value.length() - end);
    }

    public static Note note(String pitch, String value) {
        return Note.of(pitch(pitch), dur(value));
    }

    public static Note tied(String pitch, String value) {
        return note(pitch, value).withTieToNext(true);
    }

    public static Note fermata(String pitch, String value) {
        return new Note(pitch(pitch), dur(value), false, false, Set.of(Decoration.FERMATA));
    }

    public static Note grace(String pitch, String value) {
        return new Note(pitch(pitch), dur(value), false, true, Set.of());
    }

    public static Note triplet(String pitch, String value) {
        return Note.of(pitch(pitch), dur(value).withTuplet(Tuplet.TRIPLET));
    }

    public static Rest rest(String value) {
        return Rest.of(dur(value));
    }

    public static Measure bar(Event... events) {
        return new Measure(List.of(events), BarLine.SINGLE);
    }

    public static Measure open(Event... events) {
        return new Measure(List.of(events), BarLine.NONE);
    }

    public static Tune tune(Clef clef, int fifths, TimeSignature meter, Measure... measures) {
        return new Tune(new TuneInfo("test", 1, "", clef, KeySignature.ofFifths(fifths), meter, 0, Map.of()),
                List.of(measures));
    }

    /**
     * What the PrIMuS encodings keep of a tune: drawn bar lines as single ones, chords as their
     * top note, no tuplet ratios, only fermatas.
     */
    public static List<Measure> primusView(Tune t) {
        List<Measure> out = new ArrayList<>();
        for (Measure m : t.measures()) {
            List<Event> events = new ArrayList<>();
            for (Event e : m.events()) {
                Event x = e instanceof Chord c ? c.top() : e;
                if (x instanceof Note n) {
                    Duration d = n.duration();
                    x = new Note(n.pitch(), new Duration(d.value(), d.dots(), Tuplet.NONE), n.tieToNext(), n.grace(),
                            n.hasFermata() ? Set.of(Decoration.FERMATA) : Set.of());
                } else if (x instanceof Rest r) {
                    x = new Rest(new Duration(r.duration().value(), r.duration().dots(), Tuplet.NONE), r.fermata());
                }
                events.add(x);
            }
            BarLine end = m.end().style() == BarLine.Style.INVISIBLE ? BarLine.NONE : BarLine.SINGLE;
            out.add(new Measure(events, end));
        }
        return out;
    }
}
