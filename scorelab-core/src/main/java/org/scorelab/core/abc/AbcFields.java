package org.scorelab.core.abc;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.KeySignature.Mode;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;

/**
 * Parses and formats the values of the fields that shape the music: {@code K:} (key, mode, clef),
 * {@code M:} (meter), {@code L:} (unit note length) and {@code Q:} (tempo). Reader and writer
 * share it so that what one writes the other reads back the same.
 */
final class AbcFields {

    /** Expected text used when a K: value names no key. */
    static final String KEY_EXPECTED = "a key such as G, Dmix, F#m, Bb or none";

    private static final String CIRCLE = "FCGDAEB";

    private AbcFields() {
    }

    // ---------------------------------------------------------------- K:

    /**
     * Parses a {@code K:} value. {@code col} is the 1-based column of the value's first character,
     * so errors point into the line.
     */
    static AbcKey parseKey(String value, int line, int col) throws AbcSyntaxException {
        String[] tokens = value.trim().isEmpty() ? new String[0] : value.trim().split("\\s+");
        int lead = leadingSpaces(value);
        KeySignature signature = null;
        Map<Step, Integer> explicit = new EnumMap<>(Step.class);
        Clef clef = null;
        int i = 0;
        if (tokens.length == 0) {
            return AbcKey.of(KeySignature.C_MAJOR);
        }
        String first = tokens[0];
        if (first.equalsIgnoreCase("none")) {
            signature = KeySignature.C_MAJOR;
            i = 1;
        } else if (first.equals("HP") || first.equals("Hp")) {
            // Highland pipes: A mixolydian, F and C sharp, G natural.
            signature = new KeySignature(2, Mode.MIXOLYDIAN);
            i = 1;
        } else if (first.charAt(0) >= 'A' && first.charAt(0) <= 'G') {
            int k = 1;
            int fifths = tonicFifths(first.charAt(0));
            if (k < first.length() && (first.charAt(k) == '#' || first.charAt(k) == 'b')) {
                fifths += first.charAt(k) == '#' ? 7 : -7;
                k++;
            }
            String rest = first.substring(k);
            int letters = 0;
            while (letters < rest.length() && Character.isLetter(rest.charAt(letters))) {
                letters++;
            }
            Mode mode = Mode.MAJOR;
            i = 1;
            if (letters > 0) {
                mode = mode(rest.substring(0, letters));
                if (mode == null) {
                    throw AbcSyntaxException.found(line, col + lead + k, rest.substring(0, letters),
                            "a mode such as m, maj, min, dor, phr, lyd, mix, aeo, ion or loc");
                }
            } else if (tokens.length > 1 && mode(tokens[1]) != null && isAlpha(tokens[1])) {
                mode = mode(tokens[1]);
                i = 2;
            }
            if (letters < rest.length()) {
                Map<Step, Integer> acc = accidentals(rest.substring(letters));
                if (acc == null) {
                    throw AbcSyntaxException.found(line, col + lead + k + letters, rest.substring(letters),
                            "a mode or accidentals such as ^f after the key");
                }
                explicit.putAll(acc);
            }
            int total = fifths + mode.offset();
            if (total < -7 || total > 7) {
                throw AbcSyntaxException.found(line, col + lead, first, "a key with at most 7 sharps or flats");
            }
            signature = new KeySignature(total, mode);
        }
        for (; i < tokens.length; i++) {
            String t = tokens[i];
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.startsWith("clef=")) {
                Clef c = parseClef(lower.substring(5));
                if (c == null && !isNoClef(lower.substring(5))) {
                    throw AbcSyntaxException.found(line, col + value.indexOf(t), t,
                            "a clef such as treble, bass, alto or tenor");
                }
                clef = c == null ? clef : c;
            } else if (parseClef(lower) != null) {
                clef = parseClef(lower);
            } else if (isNoClef(lower) || lower.equals("exp") || t.contains("=") && !t.startsWith("=")) {
                continue;
            } else if (accidentals(t) != null) {
                explicit.putAll(accidentals(t));
            } else {
                throw AbcSyntaxException.found(line, col + value.indexOf(t), t,
                        i == 0 ? KEY_EXPECTED : "a mode, clef or accidentals such as ^f after the key");
            }
        }
        return new AbcKey(signature, explicit, clef);
    }

    private static boolean isAlpha(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Fifths of the major key on a natural tonic: C 0, G 1, ... F -1. */
    private static int tonicFifths(char letter) {
        return CIRCLE.indexOf(letter) - 1;
    }

    /** A mode word: case does not matter and only the first three letters count; "m" is minor. */
    static Mode mode(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("m")) {
            return Mode.MINOR;
        }
        if (w.length() < 3) {
            return null;
        }
        return switch (w.substring(0, 3)) {
            case "maj", "ion" -> Mode.MAJOR;
            case "min", "aeo" -> Mode.MINOR;
            case "dor" -> Mode.DORIAN;
            case "phr" -> Mode.PHRYGIAN;
            case "lyd" -> Mode.LYDIAN;
            case "mix" -> Mode.MIXOLYDIAN;
            case "loc" -> Mode.LOCRIAN;
            default -> null;
        };
    }

    /** Explicit accidentals such as {@code ^f_b=c}, or null when the text is not only those. */
    static Map<Step, Integer> accidentals(String s) {
        Map<Step, Integer> out = new EnumMap<>(Step.class);
        int i = 0;
        while (i < s.length()) {
            int alter;
            if (s.startsWith("^^", i)) {
                alter = 2;
                i += 2;
            } else if (s.startsWith("__", i)) {
                alter = -2;
                i += 2;
            } else if (s.charAt(i) == '^' || s.charAt(i) == '_' || s.charAt(i) == '=') {
                alter = s.charAt(i) == '^' ? 1 : s.charAt(i) == '_' ? -1 : 0;
                i++;
            } else {
                return null;
            }
            if (i >= s.length() || "abcdefgABCDEFG".indexOf(s.charAt(i)) < 0) {
                return null;
            }
            out.put(Step.parse(s.charAt(i)), alter);
            i++;
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean isNoClef(String lower) {
        return lower.equals("none") || lower.equals("perc") || lower.equals("percussion");
    }

    /** {@code treble}, {@code bass}, {@code alto}, {@code tenor}, with a line digit and +8/-8. */
    static Clef parseClef(String lower) {
        String name = lower;
        int shift = 0;
        if (name.endsWith("+8") || name.endsWith("-8")) {
            shift = name.endsWith("+8") ? 1 : -1;
            name = name.substring(0, name.length() - 2);
        }
        int line = 0;
        if (!name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1))) {
            line = name.charAt(name.length() - 1) - '0';
            name = name.substring(0, name.length() - 1);
        }
        Clef base = switch (name) {
            case "treble" -> Clef.TREBLE;
            case "bass" -> Clef.BASS;
            case "alto" -> Clef.ALTO;
            case "tenor" -> Clef.TENOR;
            default -> null;
        };
        if (base == null || line > 5) {
            return null;
        }
        return new Clef(base.sign(), line == 0 ? base.line() : line, shift);
    }

    /** The K: text of a key: tonic and mode, e.g. {@code G}, {@code F#m}, {@code Ador}. */
    static String keyName(KeySignature key) {
        int tonic = key.fifths() - key.mode().offset();
        int idx = tonic + 1;
        char letter = CIRCLE.charAt(Math.floorMod(idx, 7));
        int accs = Math.floorDiv(idx, 7);
        String acc = accs > 0 ? "#".repeat(accs) : "b".repeat(-accs);
        String mode = switch (key.mode()) {
            case MAJOR -> "";
            case MINOR -> "m";
            case DORIAN -> "dor";
            case PHRYGIAN -> "phr";
            case LYDIAN -> "lyd";
            case MIXOLYDIAN -> "mix";
            case LOCRIAN -> "loc";
        };
        return letter + acc + mode;
    }

    /** The clef= text of a clef: {@code treble}, {@code bass}, {@code alto1}, {@code treble-8}. */
    static String clefName(Clef clef) {
        String name = switch (clef.sign()) {
            case G -> clef.line() == 2 ? "treble" : "treble" + clef.line();
            case F -> clef.line() == 4 ? "bass" : "bass" + clef.line();
            case C -> clef.line() == 3 ? "alto" : clef.line() == 4 ? "tenor" : "alto" + clef.line();
        };
        if (clef.octaveShift() > 0) {
            name += "+8";
        } else if (clef.octaveShift() < 0) {
            name += "-8";
        }
        return name;
    }

    // ---------------------------------------------------------------- M:

    /** Parses an {@code M:} value: {@code 6/8}, {@code 2+3/8}, {@code C}, {@code C|}, {@code none}. */
    static TimeSignature parseMeter(String value, int line, int col) throws AbcSyntaxException {
        String v = value.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("none")) {
            return TimeSignature.FREE;
        }
        if (v.equals("C")) {
            return TimeSignature.COMMON;
        }
        if (v.equals("C|")) {
            return TimeSignature.CUT;
        }
        int slash = v.indexOf('/');
        if (slash > 0) {
            String num = v.substring(0, slash).replace("(", "").replace(")", "").trim();
            String den = v.substring(slash + 1).trim();
            try {
                int beats = 0;
                for (String part : num.split("\\+")) {
                    beats += Integer.parseInt(part.trim());
                }
                int type = Integer.parseInt(den);
                if (beats >= 1 && type >= 1 && beats <= 1000 && type <= 1000) {
                    return TimeSignature.of(beats, type);
                }
            } catch (NumberFormatException e) {
                // reported below with the position
            }
        }
        throw AbcSyntaxException.found(line, col + leadingSpaces(value), v, "a meter such as 6/8, C, C| or none");
    }

    /** The M: text of a meter. */
    static String meterText(TimeSignature meter) {
        return switch (meter.symbol()) {
            case COMMON -> "C";
            case CUT -> "C|";
            case NONE -> "none";
            case NUMBERS -> meter.beats() + "/" + meter.beatType();
        };
    }

    /** The unit note length the standard gives a tune with no L: field. */
    static Fraction defaultUnit(TimeSignature meter) {
        if (meter.symbol() == TimeSignature.Symbol.NONE) {
            return Fraction.of(1, 8);
        }
        return meter.measureLength().compareTo(Fraction.of(3, 4)) < 0 ? Fraction.of(1, 16) : Fraction.of(1, 8);
    }

    // ---------------------------------------------------------------- L:

    /** Parses an {@code L:} value such as {@code 1/8} or {@code 1}. */
    static Fraction parseUnit(String value, int line, int col) throws AbcSyntaxException {
        String v = value.trim();
        Fraction f = parseFraction(v);
        if (f == null) {
            throw AbcSyntaxException.found(line, col + leadingSpaces(value), v, "a unit note length such as 1/8");
        }
        return f;
    }

    /** A positive fraction {@code a/b} or integer {@code a}, or null. */
    static Fraction parseFraction(String v) {
        try {
            int slash = v.indexOf('/');
            long num = Long.parseLong(slash < 0 ? v.trim() : v.substring(0, slash).trim());
            long den = slash < 0 ? 1 : Long.parseLong(v.substring(slash + 1).trim());
            if (num < 1 || den < 1 || num > 4096 || den > 4096) {
                return null;
            }
            return Fraction.of(num, den);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- Q:

    /**
     * Quarter notes per minute of a {@code Q:} value ({@code 1/4=120}, {@code 3/8=60},
     * {@code "Allegro" 1/4=120}, the old {@code C=120} and bare {@code 120}, both counted in unit
     * note lengths), or 0 when it gives no number. Tempo is informative, so this never fails.
     */
    static int parseTempo(String value, Fraction unit) {
        String v = value.replaceAll("\"[^\"]*\"?", " ").trim();
        if (v.isEmpty()) {
            return 0;
        }
        Fraction beat = unit;
        String count = v;
        int eq = v.indexOf('=');
        if (eq >= 0) {
            count = v.substring(eq + 1).trim();
            String left = v.substring(0, eq).trim();
            if (!left.isEmpty() && !left.startsWith("C")) {
                beat = Fraction.ZERO;
                for (String part : left.split("\\s+")) {
                    Fraction f = parseFraction(part);
                    if (f == null) {
                        return 0;
                    }
                    beat = beat.plus(f);
                }
            } else if (left.length() > 1) {
                Fraction f = parseFraction(left.substring(1));
                if (f == null) {
                    return 0;
                }
                beat = unit.times(f);
            }
        }
        String digits = count.split("\\s+")[0];
        try {
            int n = Integer.parseInt(digits);
            if (n <= 0 || n > 10_000) {
                return 0;
            }
            return (int) Math.round(beat.times(n).times(4).toDouble());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
