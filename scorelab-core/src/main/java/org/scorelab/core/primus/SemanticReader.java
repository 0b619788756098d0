package org.scorelab.core.primus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.codec.TuneReader;
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
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/**
 * Reads the PrIMuS semantic encoding ({@link SemanticWriter} describes the tokens) into a Tune.
 * Clef, key and meter tokens before the first event set the tune's start; later ones become
 * changes in place. A missing key is C major, a missing meter is {@link TimeSignature#FREE}. Each
 * {@code barline} closes a measure (single bar line); events after the last one form a final
 * measure without a bar line. Tuplets cannot be told apart from plain values and read as such.
 */
public final class SemanticReader implements TuneReader {

    private static final Map<String, NoteValue> VALUES = valuesByName();
    private static final Step[] STEPS = Step.values();

    @Override
    public ReadResult read(Path file) {
        return TokenStream.readFile(file, this::parse);
    }

    /** Parses one semantic line; {@code source} names it in error messages. */
    public Tune parse(String text, String source) throws InvalidInputException {
        TokenStream ts = new TokenStream(source, text);
        Clef clef = null;
        KeySignature key = null;
        TimeSignature meter = null;
        boolean header = true;
        List<Measure> measures = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            String tok = ts.get(i);
            if (tok.startsWith("clef-")) {
                Clef c = parseClef(ts, i, tok);
                if (header && clef == null) {
                    clef = c;
                } else {
                    header = false;
                    events.add(new ClefChange(c));
                }
            } else if (tok.startsWith("keySignature-")) {
                KeySignature k = parseKey(ts, i, tok);
                if (header && key == null) {
                    key = k;
                } else {
                    header = false;
                    events.add(new KeyChange(k));
                }
            } else if (tok.startsWith("timeSignature-")) {
                TimeSignature t = parseMeter(ts, i, tok);
                if (header && meter == null) {
                    meter = t;
                } else {
                    header = false;
                    events.add(new MeterChange(t));
                }
            } else {
                header = false;
                if (tok.equals("barline")) {
                    measures.add(new Measure(events, BarLine.SINGLE));
                    events.clear();
                } else if (tok.equals("tie")) {
                    tie(ts, i, events, measures);
                } else if (tok.startsWith("note-")) {
                    events.add(parseNote(ts, i, tok, 5, false));
                } else if (tok.startsWith("gracenote-")) {
                    events.add(parseNote(ts, i, tok, 10, true));
                } else if (tok.startsWith("rest-")) {
                    events.add(parseRest(ts, i, tok));
                } else if (tok.startsWith("multirest-")) {
                    events.add(new MultiRest(parseCount(ts, i, tok, 10)));
                } else {
                    throw ts.error(i, "unknown token '" + tok + "'; expected clef-, keySignature-, timeSignature-, "
                            + "note-, gracenote-, rest-, multirest-, barline or tie");
                }
            }
        }
        if (!events.isEmpty()) {
            measures.add(new Measure(events, BarLine.NONE));
        }
        if (clef == null) {
            throw ts.error(0, "no clef token; a semantic encoding starts with clef-");
        }
        TuneInfo info = new TuneInfo(source, 1, "", clef, key == null ? KeySignature.C_MAJOR : key,
                meter == null ? TimeSignature.FREE : meter, 0, Map.of());
        return new Tune(info, measures);
    }

    /** Marks the last note (of this or, before a bar line, the previous measure) as tied. */
    private static void tie(TokenStream ts, int i, List<Event> events, List<Measure> measures) throws InvalidInputException {
        if (!events.isEmpty() && events.get(events.size() - 1) instanceof Note n) {
            events.set(events.size() - 1, n.withTieToNext(true));
            return;
        }
        if (events.isEmpty() && !measures.isEmpty()) {
            Measure last = measures.get(measures.size() - 1);
            List<Event> ev = last.events();
            if (!ev.isEmpty() && ev.get(ev.size() - 1) instanceof Note n) {
                List<Event> copy = new ArrayList<>(ev);
                copy.set(copy.size() - 1, n.withTieToNext(true));
                measures.set(measures.size() - 1, new Measure(copy, last.end(), last.ending()));
                return;
            }
        }
        throw ts.error(i, "'tie' must follow a note");
    }

    static Clef parseClef(TokenStream ts, int i, String tok) throws InvalidInputException {
        if (tok.length() == 7) {
            char s = tok.charAt(5);
            char l = tok.charAt(6);
            if ((s == 'G' || s == 'F' || s == 'C') && l >= '1' && l <= '5') {
                return new Clef(Clef.Sign.valueOf(String.valueOf(s)), l - '0', 0);
            }
        }
        throw ts.error(i, "bad clef '" + tok + "'; expected clef-G2, clef-F4, clef-C1 ... (sign G, F or C, line 1-5)");
    }

    static KeySignature parseKey(TokenStream ts, int i, String tok) throws InvalidInputException {
        if (tok.endsWith("M")) {
            String name = tok.substring(13, tok.length() - 1);
            try {
                return KeySignature.ofFifths(KeySignature.fifthsOfMajor(name));
            } catch (IllegalArgumentException e) {
                throw ts.error(i, "unknown key '" + tok + "'; expected a major key name such as keySignature-EbM", e);
            }
        }
        throw ts.error(i, "bad key '" + tok + "'; expected a major key name such as keySignature-EbM");
    }

    static TimeSignature parseMeter(TokenStream ts, int i, String tok) throws InvalidInputException {
        String body = tok.substring(14);
        if (body.equals("C")) {
            return TimeSignature.COMMON;
        }
        if (body.equals("C/")) {
            return TimeSignature.CUT;
        }
        int slash = body.indexOf('/');
        if (slash > 0) {
            int beats = digits(body, 0, slash);
            int type = digits(body, slash + 1, body.length());
            if (beats > 0 && type > 0) {
                return TimeSignature.of(beats, type);
            }
        }
        throw ts.error(i, "bad time signature '" + tok + "'; expected timeSignature-N/M, -C or -C/");
    }

    private static int parseCount(TokenStream ts, int i, String tok, int from) throws InvalidInputException {
        int n = digits(tok, from, tok.length());
        if (n < 1) {
            throw ts.error(i, "bad measure count in '" + tok + "'; expected a positive number such as multirest-23");
        }
        return n;
    }

    /** The positive decimal number in {@code s[from, to)}, or -1. */
    static int digits(String s, int from, int to) {
        if (to <= from || to - from > 6) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Note parseNote(TokenStream ts, int i, String tok, int from, boolean grace) throws InvalidInputException {
        int us = tok.indexOf('_', from);
        if (us < 0) {
            throw ts.error(i, "bad note '" + tok + "'; expected a pitch and a value such as note-Bb4_quarter");
        }
        Pitch pitch = parsePitch(tok, from, us);
        if (pitch == null) {
            throw ts.error(i, "bad pitch '" + tok.substring(from, us) + "' in '" + tok
                    + "'; expected step A-G, accidentals # or b, octave 0-9 such as Bb4");
        }
        String rest = tok.substring(us + 1);
        boolean fermata = rest.endsWith("_fermata");
        if (fermata) {
            rest = rest.substring(0, rest.length() - 8);
        }
        Duration d = parseDuration(ts, i, tok, rest);
        return new Note(pitch, d, false, grace, fermata ? Set.of(Decoration.FERMATA) : Set.of());
    }

    private static Rest parseRest(TokenStream ts, int i, String tok) throws InvalidInputException {
        String rest = tok.substring(5);
        boolean fermata = rest.endsWith("_fermata");
        if (fermata) {
            rest = rest.substring(0, rest.length() - 8);
        }
        return new Rest(parseDuration(ts, i, tok, rest), fermata);
    }

    private static Duration parseDuration(TokenStream ts, int i, String tok, String text) throws InvalidInputException {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        int dots = text.length() - end;
        NoteValue v = VALUES.get(text.substring(0, end));
        if (v == null || dots > 3) {
            throw ts.error(i, "bad value '" + text + "' in '" + tok
                    + "'; expected quarter, eighth, half ... followed by up to three '.'");
        }
        return Duration.of(v, dots);
    }

    /** The pitch in {@code s[from, to)} like {@code Bb4}, {@code F#5}, {@code C##3}, or null. */
    static Pitch parsePitch(String s, int from, int to) {
        if (to - from < 2) {
            return null;
        }
        int stepIndex = "CDEFGAB".indexOf(s.charAt(from));
        if (stepIndex < 0) {
            return null;
        }
        Step step = STEPS[stepIndex];
        int k = from + 1;
        int alter = 0;
        while (k < to && (s.charAt(k) == '#' || s.charAt(k) == 'b')) {
            alter += s.charAt(k) == '#' ? 1 : -1;
            k++;
        }
        int octave = digits(s, k, to);
        if (octave < 0 || octave > 9 || alter < -2 || alter > 2) {
            return null;
        }
        return new Pitch(step, alter, octave);
    }

    private static Map<String, NoteValue> valuesByName() {
        java.util.HashMap<String, NoteValue> m = new java.util.HashMap<>();
        for (NoteValue v : NoteValue.values()) {
            m.put(v.primusName(), v);
        }
        return Map.copyOf(m);
    }
}
