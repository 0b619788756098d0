package org.scorelab.render.augment;

import org.scorelab.core.model.Pitch;

/**
 * A transposition interval as a diatonic and a chromatic distance: a minor second up is
 * (1 step, 1 semitone), an augmented unison (0, 1). Both are needed to spell the result: the
 * steps decide the letter, the semitones the accidental.
 *
 * @param steps     diatonic steps, negative downwards
 * @param semitones semitones, negative downwards
 */
public record Interval(int steps, int semitones) {
    public static final Interval UNISON = new Interval(0, 0);
    public static final Interval OCTAVE_UP = new Interval(7, 12);

    /**
     * The interval that takes a key of {@code fromFifths} to one of {@code toFifths}, placed
     * within a fourth up or down so that the music moves as little as possible.
     */
    public static Interval betweenKeys(int fromFifths, int toFifths) {
        int d = toFifths - fromFifths;
        int steps = Math.floorMod(4 * d, 7);
        if (steps > 3) {
            steps -= 7;
        }
        int octaves = Math.floorDiv(4 * d - steps, 7);
        return new Interval(steps, 7 * d - 12 * octaves);
    }

    /** {@code n} octaves up (negative: down). */
    public static Interval octaves(int n) {
        return new Interval(7 * n, 12 * n);
    }

    /**
     * The pitch this interval away, spelt by the interval.
     *
     * @throws IllegalArgumentException when the result needs more than a double accidental or
     *                                  leaves octaves -1..9
     */
    public Pitch apply(Pitch p) {
        int index = p.diatonicIndex() + steps;
        Pitch natural = Pitch.fromDiatonicIndex(index, 0);
        int alter = p.midi() + semitones - natural.midi();
        if (alter < -2 || alter > 2) {
            throw new IllegalArgumentException("transposing " + p.name() + " by " + this
                    + " needs an alteration of " + alter + ", more than a double accidental");
        }
        return Pitch.fromDiatonicIndex(index, alter);
    }
}
