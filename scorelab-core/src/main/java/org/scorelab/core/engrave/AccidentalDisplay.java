package org.scorelab.core.engrave;

import java.util.Arrays;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;

/**
 * Decides which notes show an accidental glyph, walking a part note by note, and resolves the
 * pitch of a note from the glyphs shown (the same rules backwards, for readers of engraved
 * symbols).
 *
 * <p>Rules, those of common practice: an accidental holds for the rest of the measure on its own
 * staff position (step and octave) only. A note shows its alteration when it differs from the one
 * in force there (key signature, or an earlier accidental on that position in this measure), which
 * covers naturals cancelling the key or an earlier accidental. A note also shows a courtesy
 * accidental when the same step in another octave carried a different explicit alteration earlier
 * in the measure and its own position has not shown one yet. A note tied from the previous note of the same pitch never shows one (also
 * across the bar line) and leaves the state as it was. A new measure or a key change clears the
 * measure's accidentals.
 *
 * <p>One instance follows one part; it is mutable and not shared between threads.
 */
public final class AccidentalDisplay {

    /** Returned by {@link #show} when the note shows no accidental. */
    public static final int NONE = Integer.MIN_VALUE;

    private static final int OFFSET = 7;
    private static final int SIZE = 11 * 7;
    private static final Step[] STEPS = Step.values();

    private KeySignature key;
    private final int[] explicit = new int[SIZE];

    public AccidentalDisplay(KeySignature key) {
        this.key = key;
        Arrays.fill(explicit, NONE);
    }

    /** A bar line: accidentals of the previous measure no longer hold. */
    public void newMeasure() {
        Arrays.fill(explicit, NONE);
    }

    /** A key change: the new signature holds and the measure's accidentals are cleared. */
    public void setKey(KeySignature k) {
        key = k;
        newMeasure();
    }

    public KeySignature key() {
        return key;
    }

    /** The alteration in force at a staff position given by its diatonic index. */
    public int inForce(int diatonicIndex) {
        int e = explicit[slot(diatonicIndex)];
        return e != NONE ? e : key.alterOf(stepOf(diatonicIndex));
    }

    /**
     * The alteration the note must show (-2..2), or {@link #NONE}; records it for the rest of the
     * measure.
     *
     * @param tiedFromPrevious the previous note is tied to this one and has the same pitch
     */
    public int show(Pitch p, boolean tiedFromPrevious) {
        if (tiedFromPrevious) {
            return NONE;
        }
        int index = p.diatonicIndex();
        int slot = slot(index);
        if (p.alter() != inForce(index) || (explicit[slot] == NONE && courtesyNeeded(index, p.alter()))) {
            explicit[slot] = p.alter();
            return p.alter();
        }
        return NONE;
    }

    /**
     * The alteration of a note at a staff position (diatonic index) that showed {@code shown}
     * ({@link #NONE} when no glyph), recording a shown glyph like {@link #show} does.
     */
    public int resolve(int diatonicIndex, int shown) {
        if (shown == NONE) {
            return inForce(diatonicIndex);
        }
        explicit[slot(diatonicIndex)] = shown;
        return shown;
    }

    private boolean courtesyNeeded(int index, int alter) {
        int own = slot(index);
        for (int s = Math.floorMod(index, 7); s < SIZE; s += 7) {
            if (s != own && explicit[s] != NONE && explicit[s] != alter) {
                return true;
            }
        }
        return false;
    }

    private static int slot(int diatonicIndex) {
        int s = diatonicIndex + OFFSET;
        if (s < 0 || s >= SIZE) {
            throw new IllegalArgumentException("pitch out of range, diatonic index " + diatonicIndex);
        }
        return s;
    }

    private static Step stepOf(int diatonicIndex) {
        return STEPS[Math.floorMod(diatonicIndex, 7)];
    }
}
