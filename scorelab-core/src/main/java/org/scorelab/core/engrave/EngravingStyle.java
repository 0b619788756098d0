package org.scorelab.core.engrave;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a staff is drawn, apart from what it says: choices in which engravers differ while the
 * semantic tokens stay the same. The MEI writer passes them on to Verovio and the agnostic writer
 * names the glyphs they put on the staff, so an image and its agnostic labels always agree. An
 * empty choice leaves it to the engraver (Verovio's own defaults).
 *
 * @param beaming           how notes are beamed
 * @param flaggedStemLength stem length of flagged (unbeamed) sixteenths to 64ths, in MEI virtual
 *                          units (half an interline), in [2, 12]; Verovio draws about 7, LilyPond
 *                          shorter, its flags close to the head
 * @param multirestWidth    drawn length of multirest bars in virtual units, in [4, 24]; Verovio
 *                          draws about 20, PrIMuS incipits about 13
 * @param keyWindowLow      lowest staff position (0 = bottom line) of the seven-position window the
 *                          opening key signature's accidentals are drawn in ({@link KeySignatureLayout});
 *                          empty: the window Verovio uses for the clef. Key changes inside the staff
 *                          keep Verovio's windows.
 * @param slashedGraceNotes grace notes drawn with a slash through the stem (Verovio's and abcm2ps's
 *                          way) or without (LilyPond's {@code \grace}, and appoggiaturas in PrIMuS);
 *                          the tokens do not tell them apart
 */
public record EngravingStyle(Beaming beaming, OptionalDouble flaggedStemLength, OptionalDouble multirestWidth,
                             OptionalInt keyWindowLow, boolean slashedGraceNotes) {

    public EngravingStyle {
        if (beaming == null || flaggedStemLength == null || multirestWidth == null || keyWindowLow == null) {
            throw new IllegalArgumentException("every choice must be given (empty for the engraver's own)");
        }
        if (flaggedStemLength.isPresent() && !(flaggedStemLength.getAsDouble() >= 2 && flaggedStemLength.getAsDouble() <= 12)) {
            throw new IllegalArgumentException("stem length must be in 2..12 virtual units, was "
                    + flaggedStemLength.getAsDouble());
        }
        if (multirestWidth.isPresent() && !(multirestWidth.getAsDouble() >= 4 && multirestWidth.getAsDouble() <= 24)) {
            throw new IllegalArgumentException("multirest width must be in 4..24 virtual units, was "
                    + multirestWidth.getAsDouble());
        }
    }

    /** The engraver's own drawing with the given beaming. */
    public static EngravingStyle of(Beaming beaming) {
        return new EngravingStyle(beaming, OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), true);
    }

    public EngravingStyle withBeaming(Beaming b) {
        return new EngravingStyle(b, flaggedStemLength, multirestWidth, keyWindowLow, slashedGraceNotes);
    }

    public EngravingStyle withFlaggedStemLength(double length) {
        return new EngravingStyle(beaming, OptionalDouble.of(length), multirestWidth, keyWindowLow, slashedGraceNotes);
    }

    public EngravingStyle withMultirestWidth(double width) {
        return new EngravingStyle(beaming, flaggedStemLength, OptionalDouble.of(width), keyWindowLow, slashedGraceNotes);
    }

    public EngravingStyle withKeyWindowLow(int low) {
        return new EngravingStyle(beaming, flaggedStemLength, multirestWidth, OptionalInt.of(low), slashedGraceNotes);
    }

    public EngravingStyle withSlashedGraceNotes(boolean slashed) {
        return new EngravingStyle(beaming, flaggedStemLength, multirestWidth, keyWindowLow, slashed);
    }
}
