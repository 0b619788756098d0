package org.scorelab.core.primus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
import org.scorelab.core.engrave.AccidentalDisplay;
import org.scorelab.core.engrave.KeySignatureLayout;
import org.scorelab.core.engrave.StaffPosition;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/**
 * Reads the PrIMuS agnostic encoding ({@link AgnosticWriter} describes the tokens) back into a
 * Tune, resolving each pitch from the clef, the key signature and the accidentals shown earlier
 * in the measure ({@link AccidentalDisplay#resolve}); a note after {@code slur.end} on the same
 * position keeps the tied note's pitch.
 *
 * <p>A run of sharps or flats at the clef's key-signature positions ({@link KeySignatureLayout})
 * is a key signature, unless its last accidental is directly followed by a note on its own
 * position: then that one belongs to the note. A run of naturals at every position of the key in
 * force is a change to C major. Beam and flag glyphs give the value (beamedX1 is an eighth,
 * beamedX2 a sixteenth ...); tuplets cannot be seen and read as plain values.
 */
public final class AgnosticReader implements TuneReader {

    private static final Map<String, NoteValue> VALUES = valuesByName();
    private static final String[] BEAM_SIDES = {"beamedRight", "beamedBoth", "beamedLeft"};
    private static final NoteValue[] ALL_VALUES = NoteValue.values();

    @Override
    public ReadResult read(Path file) {
        return TokenStream.readFile(file, this::parse);
    }

    /** Parses one agnostic line; {@code source} names it in error messages. */
    public Tune parse(String text, String source) throws InvalidInputException {
        return new Parse(new TokenStream(source, text)).run();
    }

    /** One token split into its glyph name and staff position. */
    private record Glyph(String name, int position) {
    }

    /** The state of reading one line. */
    private static final class Parse {
        private final TokenStream ts;
        private final Glyph[] glyphs;
        /** The clef in force now. */
        private Clef clef;
        /** The clef the tune starts with. */
        private Clef startClef;
        private KeySignature key;
        private TimeSignature meter;
        private boolean header = true;
        private AccidentalDisplay display;
        private final List<Measure> measures = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private int pendingAccidental = AccidentalDisplay.NONE;
        private boolean pendingFermata;
        private boolean pendingTieEnd;
        private Note lastNote;
        private int lastNoteIndex = -1;

        Parse(TokenStream ts) throws InvalidInputException {
            this.ts = ts;
            glyphs = new Glyph[ts.size()];
            for (int i = 0; i < glyphs.length; i++) {
                glyphs[i] = split(i, ts.get(i));
            }
        }

        private Glyph split(int i, String tok) throws InvalidInputException {
            for (int k = tok.length() - 2; k >= 1; k--) {
                char c = tok.charAt(k);
                if ((c == 'L' || c == 'S') && tok.charAt(k - 1) == '-') {
                    int p = StaffPosition.parse(tok, k);
                    if (p != Integer.MIN_VALUE) {
                        return new Glyph(tok.substring(0, k - 1), p);
                    }
                }
            }
            throw ts.error(i, "token '" + tok + "' has no staff position; expected NAME-Ln or NAME-Sn such as note.quarter-L3");
        }

        Tune run() throws InvalidInputException {
            int i = 0;
            while (i < glyphs.length) {
                i = step(i);
            }
            if (pendingAccidental != AccidentalDisplay.NONE || pendingFermata || pendingTieEnd) {
                throw ts.error(glyphs.length, "accidental, fermata or slur.end not followed by a note");
            }
            if (!events.isEmpty()) {
                measures.add(new Measure(events, BarLine.NONE));
            }
            if (clef == null) {
                throw ts.error(0, "no clef token; an agnostic encoding starts with clef.");
            }
            TuneInfo info = new TuneInfo(ts.source(), 1, "", startClef, key == null ? KeySignature.C_MAJOR : key,
                    meter == null ? TimeSignature.FREE : meter, 0, Map.of());
            return new Tune(info, measures);
        }

        /** Reads the glyph at {@code i} (and those it owns); returns the index of the next one. */
        private int step(int i) throws InvalidInputException {
            Glyph g = glyphs[i];
            String name = g.name();
            if (name.startsWith("clef.")) {
                readClef(i, g);
                return i + 1;
            }
            if (clef == null) {
                throw ts.error(i, "'" + ts.get(i) + "' before any clef; expected clef.G-L2, clef.F-L4, clef.C-L1 ...");
            }
            if (name.startsWith("accidental.")) {
                return accidental(i);
            }
            if (name.equals("digit") || name.startsWith("digit.")) {
                return digits(i);
            }
            if (name.equals("metersign.C") || name.equals("metersign.C/")) {
                setMeter(name.length() == 11 ? TimeSignature.COMMON : TimeSignature.CUT);
                return i + 1;
            }
            if (name.startsWith("note.") || name.startsWith("gracenote.")) {
                return note(i, g);
            }
            if (name.startsWith("rest.")) {
                return rest(i, g);
            }
            switch (name) {
                case "multirest" -> {
                    add(new MultiRest(1));
                    return i + 1;
                }
                case "barline" -> {
                    requireNothingPending(i);
                    measures.add(new Measure(events, BarLine.SINGLE));
                    events.clear();
                    display().newMeasure();
                    return i + 1;
                }
                case "slur.start" -> {
                    if (lastNote == null || lastNoteIndex != events.size() - 1 || events.get(lastNoteIndex) != lastNote) {
                        throw ts.error(i, "'" + ts.get(i) + "' must follow a note");
                    }
                    lastNote = lastNote.withTieToNext(true);
                    events.set(lastNoteIndex, lastNote);
                    return i + 1;
                }
                case "slur.end" -> {
                    pendingTieEnd = true;
                    return i + 1;
                }
                case "fermata.above", "fermata.below" -> {
                    pendingFermata = true;
                    return i + 1;
                }
                case "dot" -> throw ts.error(i, "'" + ts.get(i) + "' does not follow a note or rest");
                default -> throw ts.error(i, "unknown token '" + ts.get(i) + "'; expected clef., accidental., digit., "
                        + "metersign., note., gracenote., rest., multirest, dot, slur., fermata. or barline");
            }
        }

        private AccidentalDisplay display() {
            if (display == null) {
                display = new AccidentalDisplay(key == null ? KeySignature.C_MAJOR : key);
            }
            return display;
        }

        private void requireNothingPending(int i) throws InvalidInputException {
            if (pendingAccidental != AccidentalDisplay.NONE || pendingFermata) {
                throw ts.error(i, "accidental or fermata not followed by a note before '" + ts.get(i) + "'");
            }
        }

        /** Adds a non-note event; rests end a tie chain, attribute changes do not. */
        private void add(Event e) {
            header = false;
            events.add(e);
            if (e instanceof Rest || e instanceof MultiRest) {
                lastNote = null;
            }
        }

        private void readClef(int i, Glyph g) throws InvalidInputException {
            String name = g.name();
            int p = g.position();
            if (name.length() != 6 || "GFC".indexOf(name.charAt(5)) < 0 || (p & 1) != 0 || p < 0 || p > 8) {
                throw ts.error(i, "bad clef '" + ts.get(i) + "'; expected clef.G-L2, clef.F-L4, clef.C-L1 ... (a line L1-L5)");
            }
            Clef c = new Clef(Clef.Sign.valueOf(name.substring(5)), p / 2 + 1, 0);
            if (header && clef == null) {
                startClef = c;
            } else {
                add(new ClefChange(c));
            }
            clef = c;
        }

        private void setMeter(TimeSignature t) {
            if (header && meter == null) {
                meter = t;
            } else {
                add(new MeterChange(t));
            }
        }

        private static int alterOf(String name) {
            return switch (name) {
                case "accidental.sharp" -> 1;
                case "accidental.flat" -> -1;
                case "accidental.natural" -> 0;
                case "accidental.double_sharp" -> 2;
                case "accidental.double_flat" -> -2;
                default -> AccidentalDisplay.NONE;
            };
        }

        private int accidental(int i) throws InvalidInputException {
            String name = glyphs[i].name();
            int alter = alterOf(name);
            if (alter == AccidentalDisplay.NONE) {
                throw ts.error(i, "unknown accidental '" + ts.get(i) + "'; expected accidental.sharp, .flat, .natural, "
                        + ".double_sharp or .double_flat");
            }
            if (pendingAccidental != AccidentalDisplay.NONE) {
                throw ts.error(i, "two accidentals before one note at '" + ts.get(i) + "'");
            }
            KeySignature current = display().key();
            int[] expected;
            if (alter == 1) {
                expected = KeySignatureLayout.positions(clef, KeySignature.ofFifths(7));
            } else if (alter == -1) {
                expected = KeySignatureLayout.positions(clef, KeySignature.ofFifths(-7));
            } else if (alter == 0 && current.fifths() != 0) {
                expected = KeySignatureLayout.positions(clef, current);
            } else {
                expected = new int[0];
            }
            int run = 0;
            while (run < expected.length && i + run < glyphs.length && glyphs[i + run].name().equals(name)
                    && glyphs[i + run].position() == expected[run]) {
                run++;
            }
            if (run > 0) {
                int next = i + run;
                while (next < glyphs.length && glyphs[next].name().startsWith("fermata.")) {
                    next++;
                }
                if (next < glyphs.length && isNote(glyphs[next].name())
                        && glyphs[next].position() == glyphs[i + run - 1].position()) {
                    run--;
                }
            }
            if (alter == 0 && run != expected.length) {
                run = 0;
            }
            if (run == 0) {
                pendingAccidental = alter;
                return i + 1;
            }
            KeySignature k = KeySignature.ofFifths(alter == 0 ? 0 : alter * run);
            if (header && key == null) {
                key = k;
            } else {
                add(new KeyChange(k));
            }
            display().setKey(k);
            return i + run;
        }

        private static boolean isNote(String name) {
            return name.startsWith("note.") || name.startsWith("gracenote.");
        }

        private int digits(int i) throws InvalidInputException {
            Glyph g = glyphs[i];
            if (g.position() == 6) {
                if (i + 1 < glyphs.length && glyphs[i + 1].position() == 2 && glyphs[i + 1].name().startsWith("digit.")) {
                    int beats = number(i, g.name());
                    int type = number(i + 1, glyphs[i + 1].name());
                    setMeter(TimeSignature.of(beats, type));
                    return i + 2;
                }
                throw ts.error(i, "time signature numerator '" + ts.get(i) + "' without a denominator digit at L2");
            }
            if (g.position() == 9) {
                int count = 0;
                int k = i;
                while (k < glyphs.length && glyphs[k].position() == 9 && glyphs[k].name().startsWith("digit.")) {
                    count = count * 10 + number(k, glyphs[k].name());
                    if (count > 1_000_000) {
                        throw ts.error(k, "multirest count too large at '" + ts.get(k) + "'");
                    }
                    k++;
                }
                if (k < glyphs.length && glyphs[k].name().equals("multirest") && count >= 1) {
                    add(new MultiRest(count));
                    return k + 1;
                }
                throw ts.error(k, "digits at S5 must be followed by multirest-L3 and count at least 1");
            }
            throw ts.error(i, "digit '" + ts.get(i) + "' at an unexpected position; expected L4 or L2 (meter) or S5 (multirest)");
        }

        private int number(int i, String name) throws InvalidInputException {
            int n = SemanticReader.digits(name, 6, name.length());
            if (n < 0) {
                throw ts.error(i, "bad digit '" + ts.get(i) + "'; expected digit.N with N a number");
            }
            return n;
        }

        private NoteValue valueOf(int i, String glyph) throws InvalidInputException {
            NoteValue v = VALUES.get(glyph);
            if (v != null) {
                return v;
            }
            for (String side : BEAM_SIDES) {
                if (glyph.startsWith(side)) {
                    int beams = SemanticReader.digits(glyph, side.length(), glyph.length());
                    int ordinal = NoteValue.QUARTER.ordinal() + beams;
                    if (beams >= 0 && ordinal < ALL_VALUES.length) {
                        return ALL_VALUES[ordinal];
                    }
                }
            }
            throw ts.error(i, "unknown value in '" + ts.get(i) + "'; expected quarter, eighth ... or beamedRightN, "
                    + "beamedBothN, beamedLeftN");
        }

        /** Dots that follow the glyph at {@code i}. */
        private int dots(int i) {
            int k = i + 1;
            while (k < glyphs.length && glyphs[k].name().equals("dot")) {
                k++;
            }
            return k - i - 1;
        }

        private int note(int i, Glyph g) throws InvalidInputException {
            boolean grace = g.name().startsWith("gracenote.");
            NoteValue v = valueOf(i, g.name().substring(grace ? 10 : 5));
            int dots = dots(i);
            if (dots > 3) {
                throw ts.error(i + 4, "more than three dots after '" + ts.get(i) + "'");
            }
            int index = clef.bottomLineDiatonicIndex() + g.position();
            int alter;
            if (pendingTieEnd && pendingAccidental == AccidentalDisplay.NONE && lastNote != null
                    && lastNote.pitch().diatonicIndex() == index) {
                alter = lastNote.pitch().alter();
            } else {
                alter = display().resolve(index, pendingAccidental);
            }
            Pitch pitch;
            try {
                pitch = Pitch.fromDiatonicIndex(index, alter);
            } catch (IllegalArgumentException e) {
                throw ts.error(i, "note '" + ts.get(i) + "' is out of range: " + e.getMessage(), e);
            }
            Note n = new Note(pitch, Duration.of(v, dots), false, grace,
                    pendingFermata ? Set.of(Decoration.FERMATA) : Set.of());
            pendingAccidental = AccidentalDisplay.NONE;
            pendingFermata = false;
            pendingTieEnd = false;
            header = false;
            events.add(n);
            lastNote = n;
            lastNoteIndex = events.size() - 1;
            return i + 1 + dots;
        }

        private int rest(int i, Glyph g) throws InvalidInputException {
            if (pendingAccidental != AccidentalDisplay.NONE || pendingTieEnd) {
                throw ts.error(i, "accidental or slur.end before the rest '" + ts.get(i) + "'; expected a note");
            }
            NoteValue v = VALUES.get(g.name().substring(5));
            if (v == null) {
                throw ts.error(i, "unknown rest '" + ts.get(i) + "'; expected rest.quarter, rest.eighth ...");
            }
            int dots = dots(i);
            if (dots > 3) {
                throw ts.error(i + 4, "more than three dots after '" + ts.get(i) + "'");
            }
            add(new Rest(Duration.of(v, dots), pendingFermata));
            pendingFermata = false;
            return i + 1 + dots;
        }
    }

    private static Map<String, NoteValue> valuesByName() {
        java.util.HashMap<String, NoteValue> m = new java.util.HashMap<>();
        for (NoteValue v : NoteValue.values()) {
            m.put(v.primusName(), v);
        }
        return Map.copyOf(m);
    }
}
