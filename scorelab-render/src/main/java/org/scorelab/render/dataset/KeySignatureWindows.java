package org.scorelab.render.dataset;

import java.util.Locale;
import org.scorelab.core.engrave.KeySignatureLayout;
import org.scorelab.core.engrave.StaffPosition;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Step;

/**
 * Draws an excerpt's opening key signature with its accidentals in another octave placement.
 * Engravers agree on the order of a key signature's accidentals but not on their octaves outside
 * the treble clef: each puts every accidental inside a window of seven staff positions, and the
 * window differs by engraver and clef (LilyPond draws an E-flat signature on a baritone F clef
 * with its A-flat below the staff, Verovio above the middle line). A model that has seen one
 * engraver's windows counts a signature in another's wrongly; drawing signatures in every window
 * engravers use teaches it to read the accidentals wherever they sit.
 * <p>
 * The MEI gets the signature as {@code keyAccid} elements with explicit staff locations
 * (Verovio honours {@code @loc}, 0 being the bottom line as in {@link StaffPosition}); the
 * agnostic tokens get the same positions; the semantic tokens do not change. Works on the text
 * {@code MeiWriter} and {@code AgnosticWriter} write; key changes inside the staff keep the
 * engraver's placement.
 */
public final class KeySignatureWindows {

    /** Lowest start of a flat window (staff position): LilyPond's flat windows start on -1 to 2 by clef. */
    public static final int FLAT_LOW_MIN = -1;
    /** Lowest start of a sharp window: LilyPond's sharp windows start on 0 to 3. */
    public static final int SHARP_LOW_MIN = 0;
    /** How many successive window starts there are for either kind. */
    public static final int STARTS = 4;

    private KeySignatureWindows() {
    }

    /** The lowest window start allowed for the signature's kind of accidental. */
    public static int lowestStart(KeySignature key) {
        return key.fifths() > 0 ? SHARP_LOW_MIN : FLAT_LOW_MIN;
    }

    /**
     * The MEI with the opening signature moved from {@code scoreDef/@key.sig} to {@code keyAccid}
     * elements of the staff definition, in the window starting at {@code windowLow}.
     *
     * @throws IllegalArgumentException when the MEI's first {@code scoreDef} does not carry the
     *                                  key or there is no {@code staffDef} to take the signature
     */
    public static String mei(String mei, Clef clef, KeySignature key, int windowLow) {
        checkWindow(key, windowLow);
        if (key.fifths() == 0) {
            return mei;
        }
        String sig = "key.sig=\"" + Math.abs(key.fifths()) + (key.fifths() > 0 ? "s" : "f") + "\"";
        int scoreDef = mei.indexOf("<scoreDef ");
        int scoreDefEnd = scoreDef < 0 ? -1 : mei.indexOf('>', scoreDef);
        int at = scoreDef < 0 ? -1 : mei.indexOf(sig, scoreDef);
        if (at < 0 || at > scoreDefEnd) {
            throw new IllegalArgumentException("the first scoreDef does not carry " + sig);
        }
        int staffDef = mei.indexOf("<staffDef ", at);
        int close = staffDef < 0 ? -1 : mei.indexOf("/>", staffDef);
        if (close < 0 || close > mei.indexOf('>', staffDef)) {
            throw new IllegalArgumentException("no empty staffDef after the scoreDef to carry the key signature");
        }
        String accid = key.fifths() > 0 ? "s" : "f";
        Step[] steps = key.alteredSteps();
        int[] positions = KeySignatureLayout.positions(clef, key, windowLow);
        StringBuilder keySig = new StringBuilder("><keySig>");
        for (int i = 0; i < steps.length; i++) {
            keySig.append(String.format(Locale.ROOT, "<keyAccid pname=\"%s\" accid=\"%s\" loc=\"%d\" />",
                    steps[i].name().toLowerCase(Locale.ROOT), accid, positions[i]));
        }
        keySig.append("</keySig></staffDef>");
        String staffDefOpen = mei.substring(staffDef, close).stripTrailing();
        return mei.substring(0, at).stripTrailing() + mei.substring(at + sig.length(), staffDef)
                + staffDefOpen + keySig + mei.substring(close + 2);
    }

    /**
     * The agnostic tokens with the opening signature's accidentals at the positions of the window
     * starting at {@code windowLow}.
     *
     * @throws IllegalArgumentException when the tokens after the first clef are not the signature's
     */
    public static String agnostic(String agnostic, Clef clef, KeySignature key, int windowLow) {
        checkWindow(key, windowLow);
        if (key.fifths() == 0) {
            return agnostic;
        }
        String[] tokens = agnostic.split("\t", -1);
        int clefAt = 0;
        while (clefAt < tokens.length && !tokens[clefAt].startsWith("clef.")) {
            clefAt++;
        }
        String glyph = key.fifths() > 0 ? "accidental.sharp-" : "accidental.flat-";
        int[] positions = KeySignatureLayout.positions(clef, key, windowLow);
        for (int i = 0; i < positions.length; i++) {
            int t = clefAt + 1 + i;
            if (t >= tokens.length || !tokens[t].startsWith(glyph)) {
                throw new IllegalArgumentException("expected " + positions.length + " '" + glyph
                        + "' tokens after the clef, found '" + (t < tokens.length ? tokens[t] : "the end") + "'");
            }
            tokens[t] = glyph + StaffPosition.name(positions[i]);
        }
        return String.join("\t", tokens);
    }

    private static void checkWindow(KeySignature key, int windowLow) {
        int low = lowestStart(key);
        if (windowLow < low || windowLow >= low + STARTS) {
            throw new IllegalArgumentException("a " + (key.fifths() > 0 ? "sharp" : "flat") + " window starts at "
                    + low + ".." + (low + STARTS - 1) + ", was " + windowLow);
        }
    }
}
