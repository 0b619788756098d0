package org.scorelab.core.model;

/**
 * Written note values, longest first, named as in the PrIMuS encodings
 * ({@code quarter}, {@code thirty_second}, ...).
 */
public enum NoteValue {
    QUADRUPLE_WHOLE("quadruple_whole", Fraction.of(4, 1)),
    DOUBLE_WHOLE("double_whole", Fraction.of(2, 1)),
    WHOLE("whole", Fraction.of(1, 1)),
    HALF("half", Fraction.of(1, 2)),
    QUARTER("quarter", Fraction.of(1, 4)),
    EIGHTH("eighth", Fraction.of(1, 8)),
    SIXTEENTH("sixteenth", Fraction.of(1, 16)),
    THIRTY_SECOND("thirty_second", Fraction.of(1, 32)),
    SIXTY_FOURTH("sixty_fourth", Fraction.of(1, 64)),
    HUNDRED_TWENTY_EIGHTH("hundred_twenty_eighth", Fraction.of(1, 128));

    private final String primusName;
    private final Fraction length;

    NoteValue(String primusName, Fraction length) {
        this.primusName = primusName;
        this.length = length;
    }

    /** The name used by PrIMuS tokens, e.g. {@code sixteenth}. */
    public String primusName() {
        return primusName;
    }

    /** Undotted length as a fraction of a whole note. */
    public Fraction length() {
        return length;
    }

    /** Number of flags or beams: 0 for a quarter or longer, 1 for an eighth, ... */
    public int beams() {
        return Math.max(0, ordinal() - QUARTER.ordinal());
    }

    /** The value whose PrIMuS name is {@code name}, or null. */
    public static NoteValue byPrimusName(String name) {
        for (NoteValue v : values()) {
            if (v.primusName.equals(name)) {
                return v;
            }
        }
        return null;
    }

    /** The value of exactly this undotted length, or null. */
    public static NoteValue ofLength(Fraction length) {
        for (NoteValue v : values()) {
            if (v.length.equals(length)) {
                return v;
            }
        }
        return null;
    }
}
