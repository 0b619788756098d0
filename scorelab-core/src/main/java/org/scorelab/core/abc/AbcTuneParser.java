package org.scorelab.core.abc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.abc.AbcItem.BarItem;
import org.scorelab.core.abc.AbcItem.BrokenItem;
import org.scorelab.core.abc.AbcItem.ChordItem;
import org.scorelab.core.abc.AbcItem.EndingItem;
import org.scorelab.core.abc.AbcItem.EventItem;
import org.scorelab.core.abc.AbcItem.LineEndItem;
import org.scorelab.core.abc.AbcItem.MultiRestItem;
import org.scorelab.core.abc.AbcItem.NoteItem;
import org.scorelab.core.abc.AbcItem.RestItem;
import org.scorelab.core.abc.AbcItem.Tone;
import org.scorelab.core.abc.AbcItem.TupletItem;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;

/**
 * Reads one tune: the header up to {@code K:}, then the body line by line into {@link AbcItem}s,
 * which {@link AbcAssembler} turns into measures. One instance reads one tune once; its state
 * (key, meter, unit length, the accidentals of the current measure) follows the text as it goes.
 */
final class AbcTuneParser {

    /** Fields of the body that are read or skipped; other letters at a line start are music. */
    private static final String BODY_FIELDS = "IKLMmNPQRrsTUVWw+";
    private static final String NOTE_LETTERS = "ABCDEFGabcdefg";
    private static final Fraction LONGEST = Fraction.of(64, 1);
    private static final int MAX_NUMBER = 9999;

    private final String source;
    private final List<String> lines;
    private final int firstLine;
    private final int position;

    private final List<AbcItem> items = new ArrayList<>();
    private final Map<Integer, Integer> measureAccidentals = new HashMap<>();
    private EnumSet<Decoration> pending = EnumSet.noneOf(Decoration.class);
    private EnumSet<Decoration> outsideGrace = EnumSet.noneOf(Decoration.class);
    private boolean inGrace;
    private AbcKey key;
    private TimeSignature meter;
    private Fraction unit;
    private String keptVoice;
    private boolean voiceOn = true;
    /** A lone ':' seen before a bar line ({@code A2:"^Segno"|}): that bar line ends a repeat. */
    private int colonLine;
    private int colonColumn;

    private String text;
    private int pos;
    private int lineNo;

    /**
     * @param source    file name for the TuneInfo
     * @param lines     the tune's lines, the first being its {@code X:} line
     * @param firstLine file line number (1-based) of the first of them
     * @param position  the tune's position in the file (1-based), its number when X: has none
     */
    AbcTuneParser(String source, List<String> lines, int firstLine, int position) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.firstLine = firstLine;
        this.position = position;
    }

    /** {@code X:12 "Title"}: names the tune in messages, read without parsing the rest. */
    String label() {
        String x = value(lines.get(0)).trim();
        for (String l : lines) {
            if (l.startsWith("T:")) {
                return "X:" + x + " \"" + value(l).trim() + "\"";
            }
            if (l.startsWith("K:")) {
                break;
            }
        }
        return "X:" + x;
    }

    Tune parse() throws AbcSyntaxException {
        int number = parseNumber(value(lines.get(0)));
        String title = null;
        Map<String, String> fields = new LinkedHashMap<>();
        String lastField = null;
        String tempo = null;
        meter = TimeSignature.FREE;
        int i = 1;
        for (; i < lines.size(); i++) {
            String raw = lines.get(i);
            int ln = firstLine + i;
            if (raw.startsWith("%")) {
                continue;
            }
            if (!isField(raw)) {
                throw AbcSyntaxException.found(ln, 1, firstWord(raw), "a header field such as T:, M:, L: or K:");
            }
            char letter = raw.charAt(0);
            String v = stripComment(value(raw));
            if (letter == 'K') {
                key = AbcFields.parseKey(v, ln, 3);
                if (key.signature() == null) {
                    key = new AbcKey(KeySignature.C_MAJOR, key.explicit(), key.clef());
                }
                i++;
                break;
            }
            switch (letter) {
                case 'T' -> {
                    if (title == null) {
                        title = v.trim();
                    } else {
                        addField(fields, "T", v.trim());
                    }
                    lastField = "T";
                }
                case 'M' -> meter = AbcFields.parseMeter(v, ln, 3);
                case 'L' -> unit = AbcFields.parseUnit(v, ln, 3);
                case 'Q' -> tempo = v;
                case 'V' -> {
                    if (keptVoice == null) {
                        keptVoice = firstWord(v.trim());
                    }
                }
                case '+' -> {
                    if (lastField != null) {
                        String old = fields.get(lastField);
                        if (old != null) {
                            fields.put(lastField, old + " " + v.trim());
                        }
                    }
                }
                default -> {
                    if (Character.isLetter(letter)) {
                        addField(fields, String.valueOf(letter), v.trim());
                        lastField = String.valueOf(letter);
                    }
                }
            }
        }
        if (key == null) {
            throw AbcSyntaxException.found(firstLine + lines.size() - 1, 1, AbcSyntaxException.END_OF_TUNE,
                    "a K: field closing the header");
        }
        if (unit == null) {
            unit = AbcFields.defaultUnit(meter);
        }
        TuneInfo info = new TuneInfo(source, number, title, key.clef(), key.signature(), meter,
                tempo == null ? 0 : AbcFields.parseTempo(tempo, unit), fields);
        for (; i < lines.size(); i++) {
            String raw = lines.get(i);
            int ln = firstLine + i;
            if (raw.startsWith("%")) {
                continue;
            }
            if (raw.length() >= 2 && raw.charAt(1) == ':' && BODY_FIELDS.indexOf(raw.charAt(0)) >= 0) {
                field(raw.charAt(0), stripComment(value(raw)), ln, 3);
            } else {
                musicLine(raw, ln);
            }
        }
        int last = firstLine + lines.size() - 1;
        checkNoColon();
        if (inGrace) {
            throw AbcSyntaxException.found(last, lines.get(lines.size() - 1).length() + 1,
                    AbcSyntaxException.END_OF_TUNE, "'}' to close the grace notes");
        }
        List<Measure> measures = AbcAssembler.assemble(items, info.meter());
        if (measures.isEmpty()) {
            throw AbcSyntaxException.found(last, 1, AbcSyntaxException.END_OF_TUNE, "notes after the K: field");
        }
        return new Tune(info, measures);
    }

    private static void addField(Map<String, String> fields, String letter, String value) {
        fields.merge(letter, value, (a, b) -> a + "\n" + b);
    }

    private int parseNumber(String v) {
        String t = v.trim();
        int end = 0;
        while (end < t.length() && end < 9 && Character.isDigit(t.charAt(end))) {
            end++;
        }
        return end == 0 ? position : Integer.parseInt(t.substring(0, end));
    }

    private static boolean isField(String raw) {
        return raw.length() >= 2 && raw.charAt(1) == ':' && (Character.isLetter(raw.charAt(0)) || raw.charAt(0) == '+');
    }

    private static String value(String raw) {
        return raw.length() > 2 ? raw.substring(2) : "";
    }

    private static String firstWord(String s) {
        String t = s.trim();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return end == 0 ? AbcSyntaxException.END_OF_LINE : t.substring(0, Math.min(end, 20));
    }

    /** Drops a {@code %} comment; {@code \%} stands for a percent sign. */
    static String stripComment(String v) {
        int i = v.indexOf('%');
        while (i > 0 && v.charAt(i - 1) == '\\') {
            i = v.indexOf('%', i + 1);
        }
        return (i < 0 ? v : v.substring(0, i)).replace("\\%", "%");
    }

    // ---------------------------------------------------------------- fields in the body

    /** A body field line or an inline {@code [X:...]} field; {@code col} is where the value starts. */
    private void field(char letter, String value, int ln, int col) throws AbcSyntaxException {
        if (letter == 'V') {
            String id = firstWord(value.trim());
            if (keptVoice == null) {
                keptVoice = id;
            }
            voiceOn = keptVoice.equals(id);
            return;
        }
        if (!voiceOn) {
            return;
        }
        switch (letter) {
            case 'K' -> {
                AbcKey k = AbcFields.parseKey(value, ln, col);
                if (k.signature() != null) {
                    items.add(new EventItem(new KeyChange(k.signature()), ln, col));
                    key = k;
                } else if (!k.explicit().isEmpty()) {
                    key = key.withExplicit(k.explicit());
                }
                if (k.clef() != null) {
                    items.add(new EventItem(new ClefChange(k.clef()), ln, col));
                }
            }
            case 'M' -> {
                meter = AbcFields.parseMeter(value, ln, col);
                items.add(new EventItem(new MeterChange(meter), ln, col));
            }
            case 'L' -> unit = AbcFields.parseUnit(value, ln, col);
            default -> {
                // titles, parts, tempo, lyrics, remarks, instructions: not part of the model
            }
        }
    }

    // ---------------------------------------------------------------- music

    private void musicLine(String line, int ln) throws AbcSyntaxException {
        text = unquotePrintable(line);
        pos = 0;
        lineNo = ln;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < text.length() && Character.isDigit(text.charAt(pos)) && lastIsBar()) {
            // "|" at the end of one line, "2" at the start of the next: the bar's ending number
            int col = pos + 1;
            items.add(new EndingItem(ending(), lineNo, col));
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!voiceOn) {
                if (text.startsWith("[V:", pos)) {
                    inlineField();
                } else {
                    pos++;
                }
                continue;
            }
            switch (c) {
                case ' ', '\t', '`', 'y', '\\', '#', '*', ';', '?', '@' -> pos++;
                case '%' -> pos = text.length();
                case '"' -> skipQuoted();
                case '!' -> bangDecoration();
                case '+' -> plusDecoration();
                case '.' -> {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '|') {
                        bar();
                    } else {
                        pending.add(Decoration.STACCATO);
                        pos++;
                    }
                }
                case '~' -> {
                    pending.add(Decoration.ROLL);
                    pos++;
                }
                case '{' -> openGrace();
                case '}' -> closeGrace();
                case '(' -> {
                    if (pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
                        tuplet();
                    } else {
                        pos++;
                    }
                }
                case ')' -> pos++;
                case '[' -> bracket();
                case '|', ':' -> bar();
                case '-' -> tie();
                case '>', '<' -> broken();
                case '&' -> {
                    while (pos < text.length() && text.charAt(pos) != '|') {
                        pos++;
                    }
                }
                case 'z', 'x' -> rest();
                case 'Z', 'X' -> multiRest();
                default -> {
                    if (isNoteStart(c)) {
                        note();
                    } else if (isDecorationLetter(c)) {
                        Decoration d = decoration(String.valueOf(c));
                        if (d != null) {
                            pending.add(d);
                        }
                        pos++;
                    } else {
                        throw error(String.valueOf(c), "a note, rest, bar line, chord, tuplet or decoration");
                    }
                }
            }
        }
        String rest = stripComment(line).stripTrailing();
        if (voiceOn && !rest.endsWith("\\") && !rest.endsWith("=")) {
            items.add(new LineEndItem(lineNo, text.length() + 1));
        }
    }

    /**
     * Undoes the quoted-printable encoding some transcriptions went through by mail: {@code =20}
     * is a space, {@code =3D} an equals sign and a {@code =} ending the line a soft line break.
     * None of these can be ABC (a {@code =} needs a note letter after it), so nothing valid is
     * changed. The replacements keep the line's length so that columns stay true.
     */
    static String unquotePrintable(String line) {
        if (line.indexOf('=') < 0) {
            return line;
        }
        String s = line.replace("=3D", "  =").replace("=20", "   ");
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '=') {
            s = s.substring(0, end - 1) + " " + s.substring(end);
        }
        return s;
    }

    /** Whether the last item, past line ends and key, meter and clef changes, is a bar line. */
    private boolean lastIsBar() {
        return lastBarIndex() >= 0;
    }

    private int lastBarIndex() {
        for (int i = items.size() - 1; i >= 0; i--) {
            AbcItem it = items.get(i);
            if (it instanceof BarItem) {
                return i;
            }
            if (!(it instanceof EventItem || it instanceof LineEndItem)) {
                return -1;
            }
        }
        return -1;
    }

    private void checkNoColon() throws AbcSyntaxException {
        if (colonLine > 0) {
            throw AbcSyntaxException.found(colonLine, colonColumn, ":", "a bar line such as |, :|, |: or ::");
        }
    }

    private AbcSyntaxException error(String found, String expected) {
        return AbcSyntaxException.found(lineNo, pos + 1, found, expected);
    }

    private String here() {
        return pos < text.length() ? String.valueOf(text.charAt(pos)) : AbcSyntaxException.END_OF_LINE;
    }

    private static boolean isNoteStart(char c) {
        return NOTE_LETTERS.indexOf(c) >= 0 || c == '^' || c == '_' || c == '=';
    }

    /** H-W and h-w: the letters ABC gives to decorations (some by default, the rest through U:). */
    private static boolean isDecorationLetter(char c) {
        return c >= 'H' && c <= 'W' || c >= 'h' && c <= 'w';
    }

    /** The model's decoration for an ABC symbol or name, or null for ones it does not keep. */
    static Decoration decoration(String name) {
        return switch (name) {
            case "H", "fermata", "invertedfermata" -> Decoration.FERMATA;
            case "T", "trill", "tr" -> Decoration.TRILL;
            case ".", "staccato" -> Decoration.STACCATO;
            case "L", "accent", "emphasis", ">" -> Decoration.ACCENT;
            case "tenuto" -> Decoration.TENUTO;
            case "M", "P", "mordent", "lowermordent", "uppermordent", "pralltriller" -> Decoration.MORDENT;
            case "turn", "invertedturn", "turnx", "invertedturnx" -> Decoration.TURN;
            case "~", "roll" -> Decoration.ROLL;
            case "u", "upbow" -> Decoration.UPBOW;
            case "v", "downbow" -> Decoration.DOWNBOW;
            default -> null;
        };
    }

    private void skipQuoted() throws AbcSyntaxException {
        int close = text.indexOf('"', pos + 1);
        if (close < 0) {
            int col = pos + 1;
            pos = text.length();
            throw error(AbcSyntaxException.END_OF_LINE, "'\"' to close the text opened at col " + col);
        }
        pos = close + 1;
    }

    /** {@code !trill!}; a lone {@code !} is the old line-break mark and means nothing here. */
    private void bangDecoration() {
        int close = text.indexOf('!', pos + 1);
        if (close < 0) {
            pos++;
            return;
        }
        Decoration d = decoration(text.substring(pos + 1, close));
        if (d != null) {
            pending.add(d);
        }
        pos = close + 1;
    }

    private void plusDecoration() throws AbcSyntaxException {
        int close = text.indexOf('+', pos + 1);
        if (close < 0) {
            throw error("+", "a decoration such as +trill+");
        }
        Decoration d = decoration(text.substring(pos + 1, close));
        if (d != null) {
            pending.add(d);
        }
        pos = close + 1;
    }

    private void openGrace() throws AbcSyntaxException {
        if (inGrace) {
            throw error("{", "'}' to close the grace notes first");
        }
        inGrace = true;
        outsideGrace = pending;
        pending = EnumSet.noneOf(Decoration.class);
        pos++;
        if (pos < text.length() && text.charAt(pos) == '/') {
            pos++;
        }
    }

    /** Closes grace notes; a '}' with none open stands for nothing and is passed over. */
    private void closeGrace() {
        if (!inGrace) {
            pos++;
            return;
        }
        inGrace = false;
        pending = outsideGrace;
        outsideGrace = EnumSet.noneOf(Decoration.class);
        pos++;
    }

    // ---------------------------------------------------------------- notes and rests

    /** Reads accidental, letter and octave marks at {@code pos} into the sounding pitch. */
    private Pitch pitch() throws AbcSyntaxException {
        int col = pos + 1;
        Integer acc = null;
        if (text.startsWith("^^", pos)) {
            acc = 2;
            pos += 2;
        } else if (text.startsWith("__", pos)) {
            acc = -2;
            pos += 2;
        } else if (text.charAt(pos) == '^' || text.charAt(pos) == '_' || text.charAt(pos) == '=') {
            acc = text.charAt(pos) == '^' ? 1 : text.charAt(pos) == '_' ? -1 : 0;
            pos++;
        }
        if (pos >= text.length() || NOTE_LETTERS.indexOf(text.charAt(pos)) < 0) {
            throw error(here(), "a note letter after the accidental");
        }
        char letter = text.charAt(pos++);
        Step step = Step.parse(letter);
        int octave = Character.isLowerCase(letter) ? 5 : 4;
        while (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == ',')) {
            octave += text.charAt(pos) == '\'' ? 1 : -1;
            pos++;
        }
        if (octave < -1 || octave > 9) {
            throw AbcSyntaxException.found(lineNo, col, text.substring(col - 1, pos), "a note between octaves -1 and 9");
        }
        int index = octave * 7 + step.ordinal();
        int alter;
        if (acc != null) {
            alter = acc;
            measureAccidentals.put(index, acc);
        } else {
            Integer carried = measureAccidentals.get(index);
            alter = carried != null ? carried : key.alterOf(step);
        }
        return new Pitch(step, alter, octave);
    }

    /** A length multiplier: {@code 2}, {@code /2}, {@code /}, {@code //}, {@code 3/2}; 1 when none. */
    private Fraction multiplier() throws AbcSyntaxException {
        int start = pos;
        long num = 1;
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            num = number(start);
        }
        long den = 1;
        while (pos < text.length() && text.charAt(pos) == '/') {
            pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                den *= number(start);
            } else {
                den *= 2;
            }
            if (den > 4096) {
                throw lengthError(start);
            }
        }
        if (num == 0 || den == 0) {
            throw lengthError(start);
        }
        return Fraction.of(num, den);
    }

    private long number(int start) throws AbcSyntaxException {
        long n = 0;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            n = n * 10 + (text.charAt(pos) - '0');
            pos++;
            if (n > MAX_NUMBER) {
                throw lengthError(start);
            }
        }
        return n;
    }

    private AbcSyntaxException lengthError(int start) {
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '/')) {
            pos++;
        }
        String written = text.substring(start, pos);
        return AbcSyntaxException.found(lineNo, start + 1, "unknown note length '" + written + "'", written,
                "a length such as 2, /2, // or 3/2");
    }

    private Fraction length(Fraction multiplier, int col) throws AbcSyntaxException {
        Fraction l = unit.times(multiplier);
        if (l.compareTo(LONGEST) > 0) {
            throw AbcSyntaxException.found(lineNo, col, l + " whole notes", "a note of at most " + LONGEST + " whole notes");
        }
        return l;
    }

    private void note() throws AbcSyntaxException {
        checkNoColon();
        int col = pos + 1;
        Pitch p = pitch();
        Fraction len = length(multiplier(), col);
        if (inGrace) {
            items.add(new NoteItem(p, len, false, true, pending, lineNo, col));
        } else {
            items.add(new NoteItem(p, len, false, false, pending, lineNo, col));
        }
        pending.clear();
    }

    private void rest() throws AbcSyntaxException {
        checkNoColon();
        int col = pos + 1;
        if (inGrace) {
            throw error(here(), "a grace note or '}'");
        }
        pos++;
        Fraction len = length(multiplier(), col);
        items.add(new RestItem(len, pending.contains(Decoration.FERMATA), lineNo, col));
        pending.clear();
    }

    private void multiRest() throws AbcSyntaxException {
        checkNoColon();
        int col = pos + 1;
        if (inGrace) {
            throw error(here(), "a grace note or '}'");
        }
        pos++;
        int n = 1;
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            n = (int) number(col - 1);
            if (n < 1) {
                throw AbcSyntaxException.found(lineNo, col, text.substring(col - 1, pos), "a count of measures of 1 or more");
            }
        }
        items.add(new MultiRestItem(n, lineNo, col));
        pending.clear();
    }

    private void chord() throws AbcSyntaxException {
        checkNoColon();
        int col = pos + 1;
        pos++;
        Set<Decoration> outer = EnumSet.copyOf(pending);
        pending.clear();
        List<Tone> tones = new ArrayList<>();
        Fraction first = null;
        while (true) {
            if (pos >= text.length()) {
                throw AbcSyntaxException.found(lineNo, pos + 1, "unclosed chord", AbcSyntaxException.END_OF_LINE,
                        "']' to close the chord opened at col " + col);
            }
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                break;
            }
            boolean tuplet = c == '(' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1));
            if (c == '|' || tuplet) {
                throw AbcSyntaxException.found(lineNo, pos + 1, "unclosed chord", tuplet ? "(" + text.charAt(pos + 1) : "|",
                        "']' to close the chord opened at col " + col);
            }
            if (c == ' ' || c == '\t' || c == '(' || c == ')') {
                pos++;
            } else if (c == '+') {
                int close = text.indexOf('+', pos + 1);
                int end = text.indexOf(']', pos);
                if (close > 0 && (end < 0 || close < end)) {
                    plusDecoration();
                } else {
                    pos++;
                }
            } else if (c == '"') {
                skipQuoted();
            } else if (c == '-') {
                if (tones.isEmpty()) {
                    throw error("-", "a note before the tie");
                }
                Tone t = tones.remove(tones.size() - 1);
                tones.add(new Tone(t.pitch(), true, t.decorations()));
                pos++;
            } else if (c == 'z' || c == 'x') {
                // a rest among the notes of a chord adds nothing to it
                pos++;
                multiplier();
            } else if (c == '!') {
                bangDecoration();
            } else if (c == '.' || c == '~') {
                pending.add(decoration(String.valueOf(c)));
                pos++;
            } else if (isNoteStart(c)) {
                Pitch p = pitch();
                Fraction m = multiplier();
                EnumSet<Decoration> decos = EnumSet.noneOf(Decoration.class);
                decos.addAll(outer);
                decos.addAll(pending);
                pending.clear();
                tones.add(new Tone(p, false, decos));
                if (first == null) {
                    first = m;
                }
            } else if (isDecorationLetter(c)) {
                Decoration d = decoration(String.valueOf(c));
                if (d != null) {
                    pending.add(d);
                }
                pos++;
            } else {
                throw error(String.valueOf(c), "a note or ']' in the chord");
            }
        }
        if (tones.isEmpty()) {
            throw AbcSyntaxException.found(lineNo, col, "[]", "a note in the chord");
        }
        Fraction len = length(first.times(multiplier()), col);
        if (inGrace) {
            for (Tone t : tones) {
                items.add(new NoteItem(t.pitch(), len, t.tie(), true, t.decorations(), lineNo, col));
            }
        } else {
            items.add(new ChordItem(tones, len, lineNo, col));
        }
    }

    /** {@code -}: ties the last note or chord to the next. */
    private void tie() throws AbcSyntaxException {
        for (int i = items.size() - 1; i >= 0; i--) {
            AbcItem it = items.get(i);
            if (it instanceof NoteItem n) {
                items.set(i, n.withTie());
                pos++;
                return;
            }
            if (it instanceof ChordItem c) {
                items.set(i, c.withTie());
                pos++;
                return;
            }
        }
        throw error("-", "a note before the tie");
    }

    private void broken() throws AbcSyntaxException {
        int col = pos + 1;
        char c = text.charAt(pos);
        int n = 0;
        while (pos < text.length() && text.charAt(pos) == c) {
            n++;
            pos++;
        }
        if (n > 3) {
            throw AbcSyntaxException.found(lineNo, col, String.valueOf(c).repeat(n), "at most three '" + c + "'");
        }
        items.add(new BrokenItem(n, c == '>', lineNo, col));
    }

    /** {@code (p}, {@code (p:q}, {@code (p:q:r}, {@code (p::r} with the standard defaults. */
    private void tuplet() throws AbcSyntaxException {
        int col = pos + 1;
        pos++;
        int p = (int) number(col - 1);
        int q = 0;
        int r = 0;
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                q = (int) number(col - 1);
            }
            if (pos < text.length() && text.charAt(pos) == ':') {
                pos++;
                if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    r = (int) number(col - 1);
                }
            }
        }
        if (p < 2 || p > 64 || q > 64 || r > 64) {
            throw AbcSyntaxException.found(lineNo, col, text.substring(col - 1, pos), "a tuplet such as (3 or (5:4:5");
        }
        if (q == 0) {
            q = defaultNormal(p, meter);
        }
        if (r == 0) {
            r = p;
        }
        items.add(new TupletItem(p, q, r, lineNo, col));
    }

    /** The standard's q for {@code (p}: 3 for 2, 4 and 8; 2 for 3 and 6; else 3 in compound meter, 2 otherwise. */
    static int defaultNormal(int p, TimeSignature meter) {
        return switch (p) {
            case 2, 4, 8 -> 3;
            case 3, 6 -> 2;
            default -> meter.symbol() != TimeSignature.Symbol.NONE && meter.isCompound() ? 3 : 2;
        };
    }

    // ---------------------------------------------------------------- brackets and bar lines

    private void bracket() throws AbcSyntaxException {
        if (pos + 1 < text.length()) {
            char next = text.charAt(pos + 1);
            if (Character.isDigit(next)) {
                int col = pos + 1;
                pos++;
                items.add(new EndingItem(ending(), lineNo, col));
                return;
            }
            if (next == '|') {
                bar();
                return;
            }
            if (Character.isLetter(next) && pos + 2 < text.length() && text.charAt(pos + 2) == ':') {
                inlineField();
                return;
            }
        }
        chord();
    }

    private void inlineField() throws AbcSyntaxException {
        int close = text.indexOf(']', pos);
        if (close < 0) {
            int col = pos + 1;
            pos = text.length();
            throw error(AbcSyntaxException.END_OF_LINE, "']' to close the field opened at col " + col);
        }
        char letter = text.charAt(pos + 1);
        String value = stripComment(text.substring(pos + 3, close));
        int col = pos + 4;
        pos = close + 1;
        field(letter, value, lineNo, col);
    }

    /** Ending numbers {@code 1}, {@code 2}, {@code 1,2}, {@code 1-3}: the first one is kept. */
    private int ending() throws AbcSyntaxException {
        int start = pos;
        int first = (int) number(start);
        while (pos + 1 < text.length() && (text.charAt(pos) == ',' || text.charAt(pos) == '-')
                && Character.isDigit(text.charAt(pos + 1))) {
            pos++;
            number(start);
        }
        if (first < 1) {
            throw AbcSyntaxException.found(lineNo, start + 1, text.substring(start, pos), "an ending number of 1 or more");
        }
        return first;
    }

    private void bar() throws AbcSyntaxException {
        int col = pos + 1;
        if (inGrace) {
            throw error(here(), "a grace note or '}'");
        }
        if (text.charAt(pos) == '.') {
            pos++;
        }
        int lead = count(':');
        BarLine.Style style;
        boolean drawn = true;
        if (text.startsWith("[|]", pos)) {
            style = BarLine.Style.INVISIBLE;
            pos += 3;
        } else if (text.startsWith("[|", pos)) {
            style = BarLine.Style.HEAVY_LIGHT;
            pos++;
            count('|');
        } else if (pos < text.length() && text.charAt(pos) == '|') {
            int n = count('|');
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                style = BarLine.Style.FINAL;
            } else {
                style = n >= 2 ? BarLine.Style.DOUBLE : BarLine.Style.SINGLE;
            }
        } else if (lead == 1) {
            loneColon(col);
            return;
        } else {
            style = BarLine.Style.SINGLE;
            drawn = false;
        }
        int trail = drawn ? count(':') : 0;
        boolean repeatEnd = lead > 0 || colonLine > 0;
        colonLine = 0;
        items.add(new BarItem(new BarLine(style, trail > 0 || !drawn, repeatEnd), lineNo, col));
        measureAccidentals.clear();
        pending.clear();
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            int ecol = pos + 1;
            items.add(new EndingItem(ending(), lineNo, ecol));
        }
    }

    /**
     * A ':' on its own. Right after a bar line (often at the start of the next line, as in
     * {@code ||} then {@code :A2AB}) it opens a repeat there; otherwise it must be followed by a bar
     * line, which then ends a repeat ({@code D2:"^Segno"[|]}).
     */
    private void loneColon(int col) throws AbcSyntaxException {
        int bar = lastBarIndex();
        if (bar >= 0) {
            BarItem b = (BarItem) items.get(bar);
            BarLine l = b.bar();
            items.set(bar, new BarItem(new BarLine(l.style(), true, l.repeatEnd()), b.line(), b.column()));
            return;
        }
        checkNoColon();
        colonLine = lineNo;
        colonColumn = col;
    }

    private int count(char c) {
        int n = 0;
        while (pos < text.length() && text.charAt(pos) == c) {
            n++;
            pos++;
        }
        return n;
    }
}
