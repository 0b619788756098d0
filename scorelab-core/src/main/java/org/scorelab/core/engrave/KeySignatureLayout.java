package org.scorelab.core.engrave;

import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;

/**
 * Where the accidentals of a key signature sit on the staff. Every accidental is written in the
 * octave that puts it inside a window of seven staff positions chosen per clef, which gives the
 * standard patterns: treble sharps F5 C5 G5 D5 A4 E5 B4 (window 3..9), treble flats B4 E5 A4 D5
 * G4 C5 F4 (1..7), bass and French violin clef the same shapes two steps lower, alto one step
 * lower, tenor sharps in the low zig-zag F3 C4 G3 D4 A3 E4 B3 (2..8), soprano (C1) flats B4 E4
 * A4 D4 G4 C4 F4 (0..6) as in the PrIMuS example. The windows of every clef of the PrIMuS
 * vocabulary (G1, G2, C1-C5, F3-F5) are the ones Verovio 6.3 draws, measured from its renderings,
 * so that engraved images and agnostic tokens agree.
 */
public final class KeySignatureLayout {

    private KeySignatureLayout() {
    }

    /** Lowest staff position of the seven-position window for sharps (true) or flats (false). */
    static int windowLow(Clef clef, boolean sharps) {
        return switch (clef.sign()) {
            case G -> clef.line() == 1 ? (sharps ? 1 : -1) : clef.line() == 2 ? (sharps ? 3 : 1) : (sharps ? 2 : 0);
            case F -> switch (clef.line()) {
                case 3 -> 1;
                case 4 -> sharps ? 1 : -1;
                case 5 -> 3;
                default -> sharps ? 2 : 0;
            };
            case C -> switch (clef.line()) {
                case 1 -> 0;
                case 4 -> 2;
                case 5 -> 1;
                default -> sharps ? 2 : 0;
            };
        };
    }

    /** Staff position of one altered step of a signature drawn with sharps or flats. */
    public static int position(Clef clef, Step step, boolean sharps) {
        return inWindow(clef, step, windowLow(clef, sharps));
    }

    /** Staff positions of the signature's accidentals in the order they are written. */
    public static int[] positions(Clef clef, KeySignature key) {
        return positions(clef, key, windowLow(clef, key.fifths() > 0));
    }

    /**
     * Staff positions of the signature's accidentals in a window of seven positions starting at
     * {@code windowLow}, for the placements other engravers choose (LilyPond's flats start on
     * positions -1 to 2 by clef, its sharps on 0 to 3).
     */
    public static int[] positions(Clef clef, KeySignature key, int windowLow) {
        Step[] steps = key.alteredSteps();
        int[] out = new int[steps.length];
        for (int i = 0; i < steps.length; i++) {
            out[i] = inWindow(clef, steps[i], windowLow);
        }
        return out;
    }

    private static int inWindow(Clef clef, Step step, int low) {
        // the position of the step in octave 4, moved by whole octaves into [low, low + 6]
        int p = Pitch.of(step, 4).diatonicIndex() - clef.bottomLineDiatonicIndex();
        return low + Math.floorMod(p - low, 7);
    }
}
