package org.scorelab.core.model;

/**
 * A meter: {@code beats}/{@code beatType}, written as numbers or as the common-time ({@code C})
 * or cut-time ({@code C|}) symbol. {@link #FREE} has no time signature at all.
 */
public record TimeSignature(int beats, int beatType, Symbol symbol) {

    public enum Symbol { NUMBERS, COMMON, CUT, NONE }

    public static final TimeSignature COMMON = new TimeSignature(4, 4, Symbol.COMMON);
    public static final TimeSignature CUT = new TimeSignature(2, 2, Symbol.CUT);
    public static final TimeSignature FREE = new TimeSignature(4, 4, Symbol.NONE);

    public TimeSignature {
        if (beats < 1 || beatType < 1) {
            throw new IllegalArgumentException("time signature must be positive, was " + beats + "/" + beatType);
        }
        if (symbol == null) {
            symbol = Symbol.NUMBERS;
        }
    }

    public static TimeSignature of(int beats, int beatType) {
        return new TimeSignature(beats, beatType, Symbol.NUMBERS);
    }

    /** Length of a full measure as a fraction of a whole note. */
    public Fraction measureLength() {
        return Fraction.of(beats, beatType);
    }

    /** Compound meters (6/8, 9/8, 12/8 ...) group beats in threes. */
    public boolean isCompound() {
        return beats % 3 == 0 && beats > 3 && beatType >= 8;
    }
}
