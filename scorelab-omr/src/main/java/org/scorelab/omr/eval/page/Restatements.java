package org.scorelab.omr.eval.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that makes a restated clef, key or time signature no error on a page.
 *
 * <p>Engravers repeat the clef and key signature at the start of every system (and a staff
 * recogniser trained on PrIMuS incipits reads a time signature there too), while the tune states
 * them once. Such a restatement carries no music: it changes nothing that follows. So both the
 * reference and the recognised sequence are normalised the same way before they are compared:
 *
 * <ol>
 *   <li>walk the semantic tokens left to right, keeping the clef, the key signature and the time
 *       signature in force (none at the start);</li>
 *   <li>a {@code clef-*}, {@code keySignature-*} or {@code timeSignature-*} token that equals the
 *       one of its kind in force is dropped, wherever it stands;</li>
 *   <li>any other such token is kept and becomes the one in force; every other token is kept.</li>
 * </ol>
 *
 * <p>A real change therefore still counts, and so does a misread sign: a staff whose clef is read
 * as {@code clef-F4} inside a treble tune keeps that token (one error) and the next staff's
 * {@code clef-G2}, now a change back, is kept as well (a second error), which is what a user of
 * the joined part would have to correct. The rule is idempotent and leaves a sequence without
 * restatements as it is.
 */
public final class Restatements {
    private Restatements() {
    }

    /** The tokens without the clef, key and time signatures that restate the ones in force. */
    public static List<String> drop(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        String clef = null;
        String key = null;
        String time = null;
        for (String t : tokens) {
            if (t.startsWith("clef-")) {
                if (t.equals(clef)) {
                    continue;
                }
                clef = t;
            } else if (t.startsWith("keySignature-")) {
                if (t.equals(key)) {
                    continue;
                }
                key = t;
            } else if (t.startsWith("timeSignature-")) {
                if (t.equals(time)) {
                    continue;
                }
                time = t;
            }
            out.add(t);
        }
        return out;
    }
}
