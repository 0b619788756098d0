package org.scorelab.core.model;

/**
 * A clef: sign, the staff line it sits on (1 = bottom line) and an octave shift (-1 for a
 * treble-8vb tenor clef). PrIMuS writes it as {@code clef-G2}, {@code clef-C1}, {@code clef-F4}.
 */
public record Clef(Sign sign, int line, int octaveShift) {

    public enum Sign { G, F, C }

    public static final Clef TREBLE = new Clef(Sign.G, 2, 0);
    public static final Clef BASS = new Clef(Sign.F, 4, 0);
    public static final Clef ALTO = new Clef(Sign.C, 3, 0);
    public static final Clef TENOR = new Clef(Sign.C, 4, 0);

    public Clef {
        if (sign == null) {
            throw new IllegalArgumentException("sign must not be null");
        }
        if (line < 1 || line > 5) {
            throw new IllegalArgumentException("clef line must be in 1..5, was " + line);
        }
    }

    /** Diatonic index ({@link Pitch#diatonicIndex()}) of the pitch on the bottom staff line. */
    public int bottomLineDiatonicIndex() {
        int reference = switch (sign) {
            case G -> Pitch.of(Step.G, 4).diatonicIndex();
            case F -> Pitch.of(Step.F, 3).diatonicIndex();
            case C -> Pitch.of(Step.C, 4).diatonicIndex();
        };
        return reference - 2 * (line - 1) + 7 * octaveShift;
    }

    /**
     * Staff position of a pitch: 0 is the bottom line, 1 the first space, 2 the second line ...
     * 8 the top line; negative below the staff.
     */
    public int staffPosition(Pitch p) {
        return p.diatonicIndex() - bottomLineDiatonicIndex();
    }

    /** {@code G2}, {@code C1}, {@code F4}. */
    public String code() {
        return sign.name() + line;
    }
}
