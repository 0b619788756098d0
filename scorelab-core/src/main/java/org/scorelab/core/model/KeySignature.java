package org.scorelab.core.model;

/**
 * A key signature as a count of sharps (positive) or flats (negative), -7..7, with the mode that
 * named it. The signature, not the mode, decides which notes are altered.
 */
public record KeySignature(int fifths, Mode mode) {

    public enum Mode {
        MAJOR(0), MINOR(-3), DORIAN(-2), PHRYGIAN(-4), LYDIAN(1), MIXOLYDIAN(-1), LOCRIAN(-5);

        /** Fifths to add to the major key of the same tonic to get this mode's signature. */
        private final int offset;

        Mode(int offset) {
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    public static final KeySignature C_MAJOR = new KeySignature(0, Mode.MAJOR);

    /** Sharps in signature order (F C G D A E B); flats are the reverse. */
    private static final Step[] SHARP_ORDER = {Step.F, Step.C, Step.G, Step.D, Step.A, Step.E, Step.B};
    private static final String[] MAJOR_NAMES = {"Cb", "Gb", "Db", "Ab", "Eb", "Bb", "F", "C", "G", "D", "A", "E", "B", "F#", "C#"};

    public KeySignature {
        if (fifths < -7 || fifths > 7) {
            throw new IllegalArgumentException("fifths must be in -7..7, was " + fifths);
        }
        if (mode == null) {
            mode = Mode.MAJOR;
        }
    }

    public static KeySignature ofFifths(int fifths) {
        return new KeySignature(fifths, Mode.MAJOR);
    }

    /** The alteration this signature gives to a step: +1, -1 or 0. */
    public int alterOf(Step step) {
        for (int i = 0; i < Math.abs(fifths); i++) {
            Step s = fifths > 0 ? SHARP_ORDER[i] : SHARP_ORDER[6 - i];
            if (s == step) {
                return fifths > 0 ? 1 : -1;
            }
        }
        return 0;
    }

    /** The altered steps in the order they are written on the staff. */
    public Step[] alteredSteps() {
        Step[] out = new Step[Math.abs(fifths)];
        for (int i = 0; i < out.length; i++) {
            out[i] = fifths > 0 ? SHARP_ORDER[i] : SHARP_ORDER[6 - i];
        }
        return out;
    }

    /** Name of the major key with this signature, e.g. {@code Eb}, {@code F#}. */
    public String majorName() {
        return MAJOR_NAMES[fifths + 7];
    }

    /** Fifths of the major key named {@code name} (e.g. "Eb", "F#"), or throws. */
    public static int fifthsOfMajor(String name) {
        for (int i = 0; i < MAJOR_NAMES.length; i++) {
            if (MAJOR_NAMES[i].equals(name)) {
                return i - 7;
            }
        }
        throw new IllegalArgumentException("unknown major key '" + name + "'");
    }
}
