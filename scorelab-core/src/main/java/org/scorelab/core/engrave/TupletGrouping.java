package org.scorelab.core.engrave;

import java.util.List;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Tuplet;

/**
 * Splits the events of one measure into tuplet groups (the notes under one bracket). The model
 * stores only each note's ratio, so groups are rebuilt: consecutive timed events with the same
 * ratio form a group, which is complete when its written length is a whole multiple of
 * {@code actual} times its shortest written value (three eighths, a quarter and an eighth, six
 * sixteenths of a 6:4). Grace notes and attribute changes inside an open group belong to it;
 * a timed event without that ratio ends it.
 */
public final class TupletGrouping {

    /** Marks an event outside every tuplet. */
    public static final int NO_GROUP = -1;

    private TupletGrouping() {
    }

    /** Per event, the number of its tuplet group (0, 1, ... in order) or {@link #NO_GROUP}. */
    public static int[] groups(List<Event> events) {
        int[] out = new int[events.size()];
        int next = 0;
        int open = NO_GROUP;
        Tuplet ratio = Tuplet.NONE;
        Fraction written = Fraction.ZERO;
        Fraction shortest = null;
        for (int i = 0; i < out.length; i++) {
            Event e = events.get(i);
            Duration d = timedDuration(e);
            if (d == null) {
                out[i] = open;
                continue;
            }
            Tuplet t = d.tuplet();
            if (t.isNone()) {
                open = NO_GROUP;
                out[i] = NO_GROUP;
                continue;
            }
            if (open == NO_GROUP || !t.equals(ratio)) {
                open = next++;
                ratio = t;
                written = Fraction.ZERO;
                shortest = null;
            }
            out[i] = open;
            written = written.plus(d.writtenLength());
            Fraction v = d.value().length();
            if (shortest == null || v.compareTo(shortest) < 0) {
                shortest = v;
            }
            Fraction units = written.dividedBy(shortest.times(t.actual()));
            if (units.denominator() == 1) {
                open = NO_GROUP;
            }
        }
        trimTrailingUntimed(events, out);
        return out;
    }

    /** Grace notes or changes after a group's last timed event are not part of it. */
    private static void trimTrailingUntimed(List<Event> events, int[] out) {
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i] == NO_GROUP) {
                continue;
            }
            if (timedDuration(events.get(i)) != null) {
                continue;
            }
            int g = out[i];
            if (i == out.length - 1 || out[i + 1] != g) {
                out[i] = NO_GROUP;
            }
        }
    }

    /** The duration of an event that takes time, or null (grace notes, changes, multirests). */
    static Duration timedDuration(Event e) {
        if (e instanceof Note n) {
            return n.grace() ? null : n.duration();
        }
        if (e instanceof Chord c) {
            Note top = c.top();
            return top.grace() ? null : top.duration();
        }
        if (e instanceof Rest r) {
            return r.duration();
        }
        return null;
    }
}
