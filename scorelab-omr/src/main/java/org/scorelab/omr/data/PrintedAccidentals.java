package org.scorelab.omr.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorelab.core.engrave.AccidentalDisplay;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;

/**
 * Semantic tokens spelt as a staff prints them: a note keeps its step and octave but drops its
 * alteration ({@code note-F#4_quarter} becomes {@code note-F4_quarter}), and an accidental token
 * ({@code accidental-sharp}, {@code accidental-flat}, {@code accidental-natural}) goes before each
 * note that shows an accidental glyph. {@link #read} puts the alterations back from the key
 * signature and the accidentals shown earlier in the bar.
 *
 * <p>Why: in the semantic encoding a note's token includes what the key signature and an earlier
 * accidental in the bar do to it, so a network reading semantic tokens must carry that state
 * across the whole staff, and most of its errors are exactly there (a key's sharp or a carried
 * accidental forgotten). Spelt this way the network reads only what is on the staff at each
 * step, and the bookkeeping is done here, by the rules of {@link AccidentalDisplay} (the ones the
 * training images were engraved by): an accidental holds for the rest of the bar on its own line
 * or space, a tied note shows none, a courtesy accidental is shown where the same step in another
 * octave was altered otherwise. {@code read(spell(t))} equals {@code t} for every semantic line.
 */
public final class PrintedAccidentals {

    /** The accidental tokens: sharp, flat, natural. */
    public static final List<String> TOKENS = List.of("accidental-sharp", "accidental-flat", "accidental-natural");

    private static final Pattern NOTE = Pattern.compile("((?:grace)?note-)([A-G])(#|b)?(-?\\d+)(_.*)");

    private PrintedAccidentals() {
    }

    /**
     * The tokens a semantic vocabulary needs in this spelling: the accidental tokens, then the
     * unaltered form of each altered note token that has none (PrIMuS lists
     * {@code note-F#5_eighth_fermata} but not {@code note-F5_eighth_fermata}), in vocabulary order.
     */
    public static List<String> missingTokens(List<String> vocabulary) {
        Set<String> have = new HashSet<>(vocabulary);
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : TOKENS) {
            if (!have.contains(t)) {
                out.add(t);
            }
        }
        for (String t : vocabulary) {
            Matcher m = NOTE.matcher(t);
            if (m.matches() && m.group(3) != null) {
                String plain = unaltered(m);
                if (!have.contains(plain)) {
                    out.add(plain);
                }
            }
        }
        return List.copyOf(out);
    }

    /** A semantic line as printed: notes without alteration, accidental tokens before those that show one. */
    public static List<String> spell(List<String> semantic) {
        List<String> out = new ArrayList<>(semantic.size() + 8);
        Walk walk = new Walk();
        for (String token : semantic) {
            Matcher m = NOTE.matcher(token);
            if (!m.matches()) {
                walk.other(token);
                out.add(token);
                continue;
            }
            Pitch pitch = new Pitch(Step.parse(m.group(2).charAt(0)), alter(m.group(3)), Integer.parseInt(m.group(4)));
            int shown = walk.display.show(pitch, walk.tiedTo(pitch));
            if (shown != AccidentalDisplay.NONE) {
                out.add(accidentalToken(shown));
            }
            walk.note(pitch);
            out.add(unaltered(m));
        }
        return out;
    }

    /**
     * Printed tokens back to semantic ones. Robust to what a network may emit: an accidental
     * token not followed by a note is dropped, and of two in a row the later one counts.
     */
    public static List<String> read(List<String> printed) {
        List<String> out = new ArrayList<>(printed.size());
        Walk walk = new Walk();
        int shown = AccidentalDisplay.NONE;
        for (String token : printed) {
            int accidental = TOKENS.indexOf(token);
            if (accidental >= 0) {
                shown = accidental == 0 ? 1 : accidental == 1 ? -1 : 0;
                continue;
            }
            Matcher m = NOTE.matcher(token);
            if (!m.matches()) {
                walk.other(token);
                out.add(token);
                shown = AccidentalDisplay.NONE;
                continue;
            }
            if (m.group(3) != null) {
                shown = alter(m.group(3)); // a note spelt with its alteration counts as one shown
            }
            int index = Pitch.of(Step.parse(m.group(2).charAt(0)), Integer.parseInt(m.group(4))).diatonicIndex();
            int alter;
            if (shown == AccidentalDisplay.NONE && walk.tiedToStep(index)) {
                alter = walk.previous.alter(); // a tie holds its pitch, across the bar line too
            } else {
                alter = walk.display.resolve(index, shown);
            }
            Pitch pitch = Pitch.fromDiatonicIndex(index, alter);
            walk.note(pitch);
            out.add(m.group(1) + m.group(2) + alterName(alter) + m.group(4) + m.group(5));
            shown = AccidentalDisplay.NONE;
        }
        return out;
    }

    /** The state both directions share: the accidentals in force, the previous note, a pending tie. */
    private static final class Walk {
        final AccidentalDisplay display = new AccidentalDisplay(KeySignature.C_MAJOR);
        Pitch previous;
        boolean tie;

        void other(String token) {
            if (token.startsWith("barline")) {
                display.newMeasure();
            } else if (token.startsWith("keySignature-") && token.endsWith("M")) {
                try {
                    display.setKey(KeySignature.ofFifths(
                            KeySignature.fifthsOfMajor(token.substring("keySignature-".length(), token.length() - 1))));
                } catch (IllegalArgumentException e) {
                    // an unknown key name: the signature in force stays, as a reader of the line would do
                }
            }
            // a tie holds over the bar line it crosses: "note tie barline note"
            tie = token.equals("tie") || (tie && token.startsWith("barline"));
        }

        /** The previous note is tied to one of this pitch. */
        boolean tiedTo(Pitch p) {
            return tie && p.equals(previous);
        }

        /** The previous note is tied to one on this line or space. */
        boolean tiedToStep(int diatonicIndex) {
            return tie && previous != null && previous.diatonicIndex() == diatonicIndex;
        }

        void note(Pitch p) {
            previous = p;
            tie = false;
        }
    }

    /** A matched note token without its alteration. */
    private static String unaltered(Matcher note) {
        return note.group(1) + note.group(2) + note.group(4) + note.group(5);
    }

    private static int alter(String sign) {
        return sign == null ? 0 : sign.equals("#") ? 1 : -1;
    }

    private static String alterName(int alter) {
        return switch (alter) {
            case 1 -> "#";
            case -1 -> "b";
            case 0 -> "";
            default -> throw new IllegalArgumentException("no semantic token for alteration " + alter);
        };
    }

    private static String accidentalToken(int alter) {
        return switch (alter) {
            case 1 -> TOKENS.get(0);
            case -1 -> TOKENS.get(1);
            case 0 -> TOKENS.get(2);
            default -> throw new IllegalArgumentException("no accidental token for alteration " + alter);
        };
    }
}
