package org.scorelab.core.engrave;

import java.util.List;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.TimeSignature;

/**
 * The clef, key and meter changes that open a measure, before its first other event. From the
 * second measure on, writers draw them as one change at the start of the measure in the standard
 * order clef, key, meter (MEI: a {@code scoreDef} before the measure, which Verovio draws after
 * the bar line in that order), and a change to C major there shows naturals cancelling the old
 * key, as Verovio draws them. Changes elsewhere stay in place, in the order of the model, and a
 * key change there shows only its new signature.
 *
 * @param count how many events open the measure this way (0: none)
 * @param clef  the last clef among them, or null
 * @param key   the last key among them, or null
 * @param meter the last meter among them, or null
 */
public record LeadingChanges(int count, Clef clef, KeySignature key, TimeSignature meter) {

    public static final LeadingChanges NONE = new LeadingChanges(0, null, null, null);

    public static LeadingChanges of(List<Event> events) {
        int n = 0;
        Clef clef = null;
        KeySignature key = null;
        TimeSignature meter = null;
        for (Event e : events) {
            if (e instanceof ClefChange c) {
                clef = c.clef();
            } else if (e instanceof KeyChange k) {
                key = k.key();
            } else if (e instanceof MeterChange m) {
                meter = m.meter();
            } else {
                break;
            }
            n++;
        }
        return n == 0 ? NONE : new LeadingChanges(n, clef, key, meter);
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
