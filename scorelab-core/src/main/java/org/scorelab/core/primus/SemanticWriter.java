package org.scorelab.core.primus;

import java.nio.charset.StandardCharsets;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * Writes the PrIMuS semantic encoding: {@code clef-C1}, {@code keySignature-EbM} (always the major
 * key with that signature, also for C major), {@code timeSignature-2/4}, {@code -C} or {@code -C/}
 * (a free meter writes none), then per event {@code note-Bb4_quarter.} (sounding pitch, key already
 * applied; one '.' per dot; {@code _fermata} last), {@code gracenote-...}, {@code rest-eighth},
 * {@code multirest-23}, {@code tie} right after a note tied to the next, and {@code barline} for
 * every drawn bar line whatever its style. Chords keep their top note; tuplet notes are written by
 * their written value (PrIMuS has no tuplet token); decorations other than the fermata are dropped.
 * Clef, key and meter changes are written in place with the same tokens.
 */
public final class SemanticWriter implements TuneWriter {

    @Override
    public byte[] write(Tune tune) {
        return toText(tune).getBytes(StandardCharsets.UTF_8);
    }

    /** The encoding as one line: each token followed by a TAB, no line break. */
    public String toText(Tune tune) {
        StringBuilder sb = new StringBuilder(32 * (tune.measures().size() + 1));
        clef(sb, tune.info().clef());
        key(sb, tune.info().key());
        meter(sb, tune.info().meter());
        for (Measure m : tune.measures()) {
            for (Event e : m.events()) {
                event(sb, e);
            }
            if (m.end().style() != BarLine.Style.INVISIBLE) {
                Tokens.add(sb, "barline");
            }
        }
        return sb.toString();
    }

    private static void event(StringBuilder sb, Event e) {
        if (e instanceof Note n) {
            note(sb, n);
        } else if (e instanceof Chord c) {
            note(sb, c.top());
        } else if (e instanceof Rest r) {
            sb.append("rest-");
            value(sb, r.duration());
            if (r.fermata()) {
                sb.append("_fermata");
            }
            sb.append('\t');
        } else if (e instanceof MultiRest mr) {
            sb.append("multirest-").append(mr.measures()).append('\t');
        } else if (e instanceof ClefChange cc) {
            clef(sb, cc.clef());
        } else if (e instanceof KeyChange kc) {
            key(sb, kc.key());
        } else if (e instanceof MeterChange mc) {
            meter(sb, mc.meter());
        }
    }

    private static void note(StringBuilder sb, Note n) {
        sb.append(n.grace() ? "gracenote-" : "note-").append(n.pitch().name()).append('_');
        value(sb, n.duration());
        if (n.decorations().contains(Decoration.FERMATA)) {
            sb.append("_fermata");
        }
        sb.append('\t');
        if (n.tieToNext()) {
            Tokens.add(sb, "tie");
        }
    }

    private static void value(StringBuilder sb, Duration d) {
        sb.append(d.value().primusName());
        for (int i = 0; i < d.dots(); i++) {
            sb.append('.');
        }
    }

    static void clef(StringBuilder sb, Clef c) {
        sb.append("clef-").append(c.sign().name()).append(c.line()).append('\t');
    }

    static void key(StringBuilder sb, KeySignature k) {
        sb.append("keySignature-").append(k.majorName()).append("M\t");
    }

    static void meter(StringBuilder sb, TimeSignature t) {
        switch (t.symbol()) {
            case NONE -> {
            }
            case COMMON -> Tokens.add(sb, "timeSignature-C");
            case CUT -> Tokens.add(sb, "timeSignature-C/");
            case NUMBERS -> sb.append("timeSignature-").append(t.beats()).append('/').append(t.beatType()).append('\t');
        }
    }
}
