package org.scorelab.core.model;

/** The seven diatonic note names, in ascending order within an octave. */
public enum Step {
    C(0), D(2), E(4), F(5), G(7), A(9), B(11);

    private final int semitones;

    Step(int semitones) {
        this.semitones = semitones;
    }

    /** Semitones above C in the same octave. */
    public int semitones() {
        return semitones;
    }

    /** The step {@code n} diatonic steps above (negative: below) this one, ignoring octaves. */
    public Step plus(int n) {
        return values()[Math.floorMod(ordinal() + n, 7)];
    }

    public static Step parse(char c) {
        return valueOf(String.valueOf(Character.toUpperCase(c)));
    }
}
