package org.scorelab.core.musicxml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Fraction;
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
import org.scorelab.core.model.Tuplet;

/**
 * Turns the measures of one MusicXML part, fed in order, into one monophonic line: the first
 * voice that sounds in the part (normally voice 1), every other voice skipped while
 * {@code <backup>} and {@code <forward>} keep the time right.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>notes carrying {@code <chord/>} join the previous note as a {@link Chord} (kept whole; the
 *       model's {@link Tune#melody()} reduces it to its top note);</li>
 *   <li>a note's length comes from {@code <type>}, {@code <dot>} and
 *       {@code <time-modification>}; {@code <duration>} is only checked against it, and a
 *       disagreement of one division or more that is also over an eighth of the note is an
 *       error;</li>
 *   <li>attributes before the first note of the part are the tune's starting clef, key and meter;
 *       later ones become ClefChange, KeyChange or MeterChange events when they change something;</li>
 *   <li>a gap in the chosen voice (a {@code <forward>} in it, or a later note after a backup)
 *       becomes rests, so every measure adds up;</li>
 *   <li>{@code <measure-style><multiple-rest>n} makes one model measure holding
 *       {@link MultiRest}(n); the next n-1 measures are folded into it;</li>
 *   <li>cue notes are left out: they are not played.</li>
 * </ul>
 */
final class PartAssembler {

    private final String source;
    private final List<Measure> measures = new ArrayList<>();
    private long divisions;
    private Clef clef;
    private KeySignature key;
    private TimeSignature meter;
    private Clef initialClef;
    private KeySignature initialKey;
    private TimeSignature initialMeter;
    private boolean initialPhase = true;
    private int tempo;
    private String voice;
    private int foldRemaining;
    private int notes;

    private List<Event> events;
    private Fraction pos;
    private Fraction voiceEnd;
    private BarLine.Style endStyle;
    private boolean repeatEnd;
    private int ending;
    private int multiRest;

    PartAssembler(String source) {
        this.source = source;
    }

    /** Adds one {@code <measure>} of the part. */
    void measure(XmlElement m) throws InvalidInputException {
        events = new ArrayList<>();
        pos = Fraction.ZERO;
        voiceEnd = Fraction.ZERO;
        endStyle = BarLine.Style.SINGLE;
        repeatEnd = false;
        ending = 0;
        multiRest = 0;
        boolean folded = foldRemaining > 0;
        for (XmlElement c : m.children()) {
            switch (c.name()) {
                case "attributes" -> attributes(c);
                case "note" -> {
                    if (!folded) {
                        note(c);
                    }
                }
                case "backup" -> {
                    pos = pos.minus(min(pos, length(c)));
                }
                case "forward" -> forward(c);
                case "direction" -> direction(c);
                case "sound" -> sound(c);
                case "barline" -> barline(c);
                default -> {
                    // print, harmony, figured-bass, bookmark ... carry nothing for a melody line
                }
            }
        }
        initialPhase = false;
        BarLine end = new BarLine(endStyle, false, repeatEnd);
        if (folded) {
            foldRemaining--;
            Measure last = measures.remove(measures.size() - 1);
            List<Event> merged = new ArrayList<>(last.events());
            merged.addAll(events);
            measures.add(new Measure(merged, end, last.ending()));
            return;
        }
        if (multiRest > 0) {
            List<Event> kept = new ArrayList<>();
            for (Event e : events) {
                if (!(e instanceof Rest)) {
                    kept.add(e);
                }
            }
            kept.add(new MultiRest(multiRest));
            events = kept;
            foldRemaining = multiRest - 1;
        }
        measures.add(new Measure(events, end, ending));
    }

    /** The finished tune; fails when the part held no note. */
    Tune finish(String title, Map<String, String> fields) throws InvalidInputException {
        if (notes == 0) {
            throw new InvalidInputException(source, "", measures.isEmpty()
                    ? "the part has no measures" : "no notes in the part (" + measures.size() + " measures of rests)");
        }
        TimeSignature m = initialMeter != null ? initialMeter : TimeSignature.FREE;
        TuneInfo info = new TuneInfo(source, 1, title, initialClef, initialKey, m, tempo, fields);
        return new Tune(info, measures);
    }

    private void attributes(XmlElement a) throws InvalidInputException {
        String div = a.childText("divisions");
        if (div != null) {
            divisions = parseLong(div, a.child("divisions"), "divisions");
            if (divisions <= 0) {
                throw bad(a.child("divisions"), "divisions must be positive, found '" + div + "'");
            }
        }
        for (XmlElement k : a.all("key")) {
            if (forFirstStaff(k) && k.has("fifths")) {
                int fifths = (int) parseLong(k.childText("fifths"), k, "fifths");
                KeySignature ks = wrap(k, () -> new KeySignature(fifths, mode(k.childText("mode"))));
                if (initialPhase && initialKey == null) {
                    initialKey = ks;
                } else if (!ks.equals(key)) {
                    events.add(new KeyChange(ks));
                }
                key = ks;
            }
        }
        for (XmlElement t : a.all("time")) {
            if (forFirstStaff(t)) {
                TimeSignature ts = time(t);
                if (initialPhase && initialMeter == null) {
                    initialMeter = ts;
                } else if (!ts.equals(meter)) {
                    events.add(new MeterChange(ts));
                }
                meter = ts;
            }
        }
        for (XmlElement c : a.all("clef")) {
            if (forFirstStaff(c)) {
                Clef cl = clef(c);
                if (cl == null) {
                    continue;
                }
                if (initialPhase && initialClef == null) {
                    initialClef = cl;
                } else if (!cl.equals(clef)) {
                    events.add(new ClefChange(cl));
                }
                clef = cl;
            }
        }
        for (XmlElement s : a.all("measure-style")) {
            XmlElement mr = s.child("multiple-rest");
            if (mr != null) {
                multiRest = (int) parseLong(mr.text(), mr, "multiple-rest");
                if (multiRest < 1) {
                    throw bad(mr, "multiple-rest must be at least 1, found '" + mr.text() + "'");
                }
            }
        }
    }

    private static boolean forFirstStaff(XmlElement e) {
        String n = e.attr("number");
        return n == null || n.equals("1");
    }

    private static KeySignature.Mode mode(String text) {
        if (text == null) {
            return KeySignature.Mode.MAJOR;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "minor", "aeolian" -> KeySignature.Mode.MINOR;
            case "dorian" -> KeySignature.Mode.DORIAN;
            case "phrygian" -> KeySignature.Mode.PHRYGIAN;
            case "lydian" -> KeySignature.Mode.LYDIAN;
            case "mixolydian" -> KeySignature.Mode.MIXOLYDIAN;
            case "locrian" -> KeySignature.Mode.LOCRIAN;
            default -> KeySignature.Mode.MAJOR;
        };
    }

    private TimeSignature time(XmlElement t) throws InvalidInputException {
        if (t.has("senza-misura")) {
            return TimeSignature.FREE;
        }
        List<XmlElement> beats = t.all("beats");
        List<XmlElement> types = t.all("beat-type");
        if (beats.isEmpty() || beats.size() != types.size()) {
            throw bad(t, "<time> needs matching <beats> and <beat-type>, found " + beats.size() + " and "
                    + types.size());
        }
        Fraction total = Fraction.ZERO;
        int beatType = 1;
        for (int i = 0; i < beats.size(); i++) {
            long b = 0;
            for (String part : beats.get(i).text().split("\\+")) {
                b += parseLong(part.trim(), beats.get(i), "beats");
            }
            int bt = (int) parseLong(types.get(i).text(), types.get(i), "beat-type");
            if (bt < 1 || b < 1) {
                throw bad(t, "time signature must be positive, found " + b + "/" + bt);
            }
            total = total.plus(Fraction.of(b, bt));
            beatType = Math.max(beatType, bt);
        }
        int beatsCount = (int) total.times(beatType).numerator();
        TimeSignature.Symbol symbol = switch (t.attr("symbol") == null ? "" : t.attr("symbol")) {
            case "common" -> TimeSignature.Symbol.COMMON;
            case "cut" -> TimeSignature.Symbol.CUT;
            default -> TimeSignature.Symbol.NUMBERS;
        };
        int bt = beatType;
        return wrap(t, () -> new TimeSignature(beatsCount, bt, symbol));
    }

    private Clef clef(XmlElement c) throws InvalidInputException {
        String sign = c.childText("sign");
        Clef.Sign s;
        int defaultLine;
        if ("G".equals(sign)) {
            s = Clef.Sign.G;
            defaultLine = 2;
        } else if ("F".equals(sign)) {
            s = Clef.Sign.F;
            defaultLine = 4;
        } else if ("C".equals(sign)) {
            s = Clef.Sign.C;
            defaultLine = 3;
        } else {
            return null;
        }
        int line = c.has("line") ? (int) parseLong(c.childText("line"), c, "clef line") : defaultLine;
        int shift = c.has("clef-octave-change")
                ? (int) parseLong(c.childText("clef-octave-change"), c, "clef-octave-change") : 0;
        return wrap(c, () -> new Clef(s, line, shift));
    }

    private void note(XmlElement n) throws InvalidInputException {
        if (n.has("cue")) {
            return;
        }
        boolean grace = n.has("grace");
        boolean chord = n.has("chord");
        String v = n.childText("voice");
        if (v == null || v.isEmpty()) {
            v = "1";
        }
        if (voice == null) {
            voice = v;
        }
        Fraction declared = null;
        if (!grace && n.has("duration")) {
            declared = length(n);
        }
        if (!v.equals(voice)) {
            if (!chord && declared != null) {
                pos = pos.plus(declared);
            }
            return;
        }
        if (chord && n.has("rest")) {
            return;
        }
        Tuplet tuplet = tuplet(n);
        List<Duration> durations = durations(n, declared, tuplet, grace);
        Set<Decoration> decorations = decorations(n);
        boolean tieStart = tieStart(n);
        if (chord && !events.isEmpty() && joinChord(n, durations.get(0), tieStart, decorations, grace)) {
            return;
        }
        if (!grace) {
            fillTo(pos);
        }
        if (n.has("rest")) {
            boolean fermata = decorations.contains(Decoration.FERMATA);
            for (Duration d : durations) {
                events.add(new Rest(d, fermata));
            }
        } else {
            Pitch p = pitch(n);
            for (int i = 0; i < durations.size(); i++) {
                boolean last = i == durations.size() - 1;
                Duration d = durations.get(i);
                events.add(wrap(n, () -> new Note(p, d, last ? tieStart : true, grace, decorations)));
            }
            notes++;
        }
        initialPhase = false;
        if (!grace) {
            Fraction len = declared != null ? declared : sum(durations);
            pos = pos.plus(len);
            voiceEnd = max(voiceEnd, pos);
        }
    }

    /** Adds a {@code <chord/>} note to the event before it; false when there is none to join. */
    private boolean joinChord(XmlElement n, Duration d, boolean tieStart, Set<Decoration> decorations, boolean grace)
            throws InvalidInputException {
        Event prev = events.get(events.size() - 1);
        Note added = wrap(n, () -> new Note(pitch(n), d, tieStart, grace, decorations));
        List<Note> members = new ArrayList<>();
        if (prev instanceof Note p && p.grace() == grace) {
            members.add(p);
        } else if (prev instanceof Chord c && c.notes().get(0).grace() == grace) {
            members.addAll(c.notes());
        } else {
            return false;
        }
        members.add(added);
        events.set(events.size() - 1, new Chord(members));
        return true;
    }

    private void forward(XmlElement f) throws InvalidInputException {
        Fraction len = length(f);
        String v = f.childText("voice");
        pos = pos.plus(len);
        if (v != null && v.equals(voice)) {
            fillTo(pos);
        }
    }

    /** Closes a gap in the chosen voice with rests. */
    private void fillTo(Fraction target) {
        if (target.compareTo(voiceEnd) <= 0) {
            return;
        }
        for (Duration d : split(target.minus(voiceEnd), Tuplet.NONE)) {
            events.add(Rest.of(d));
        }
        voiceEnd = target;
    }

    private void direction(XmlElement d) throws InvalidInputException {
        XmlElement sound = d.child("sound");
        if (sound != null) {
            sound(sound);
        }
        for (XmlElement type : d.all("direction-type")) {
            XmlElement m = type.child("metronome");
            if (m != null && tempo == 0 && m.has("beat-unit") && m.has("per-minute")) {
                NoteValue unit = NoteTypes.value(m.childText("beat-unit"));
                Double perMinute = firstNumber(m.childText("per-minute"));
                if (unit != null && perMinute != null) {
                    Fraction beat = new Duration(unit, Math.min(3, m.all("beat-unit-dot").size()), Tuplet.NONE).length();
                    tempo = (int) Math.round(perMinute * beat.toDouble() * 4);
                }
            }
        }
    }

    private void sound(XmlElement s) {
        String t = s.attr("tempo");
        if (t != null && tempo == 0) {
            Double bpm = firstNumber(t);
            if (bpm != null && bpm > 0) {
                tempo = (int) Math.round(bpm);
            }
        }
    }

    private void barline(XmlElement b) throws InvalidInputException {
        String location = b.attr("location") == null ? "right" : b.attr("location");
        XmlElement repeat = b.child("repeat");
        String direction = repeat == null ? "" : String.valueOf(repeat.attr("direction"));
        if (location.equals("left")) {
            if (direction.equals("forward") && !measures.isEmpty()) {
                Measure prev = measures.remove(measures.size() - 1);
                BarLine e = prev.end();
                measures.add(new Measure(prev.events(), new BarLine(e.style(), true, e.repeatEnd()), prev.ending()));
            }
            XmlElement end = b.child("ending");
            if (end != null && "start".equals(end.attr("type"))) {
                Double number = firstNumber(end.attr("number"));
                if (number == null || number < 1) {
                    throw bad(end, "ending number must start with a positive number, found '" + end.attr("number")
                            + "'");
                }
                ending = (int) Math.round(number);
            }
        } else if (location.equals("right")) {
            repeatEnd = direction.equals("backward");
            String style = b.childText("bar-style");
            endStyle = switch (style == null ? "regular" : style) {
                case "light-light", "heavy-heavy" -> BarLine.Style.DOUBLE;
                case "light-heavy" -> repeatEnd ? BarLine.Style.SINGLE : BarLine.Style.FINAL;
                case "heavy-light" -> BarLine.Style.HEAVY_LIGHT;
                case "none" -> BarLine.Style.INVISIBLE;
                default -> BarLine.Style.SINGLE;
            };
        }
    }

    private Pitch pitch(XmlElement n) throws InvalidInputException {
        XmlElement p = n.child("pitch");
        String stepText;
        String octaveText;
        String alterText = null;
        if (p != null) {
            stepText = p.childText("step");
            octaveText = p.childText("octave");
            alterText = p.childText("alter");
        } else if (n.child("unpitched") != null) {
            XmlElement u = n.child("unpitched");
            stepText = u.childText("display-step");
            octaveText = u.childText("display-octave");
        } else {
            throw bad(n, "a <note> needs <pitch>, <unpitched> or <rest>");
        }
        if (stepText == null || stepText.length() != 1 || "CDEFGAB".indexOf(stepText.charAt(0)) < 0) {
            throw bad(n, "step must be one of C D E F G A B, found '" + stepText + "'");
        }
        if (octaveText == null) {
            throw bad(n, "<pitch> without <octave>");
        }
        int octave = (int) parseLong(octaveText, n, "octave");
        int alter = 0;
        if (alterText != null && !alterText.isEmpty()) {
            try {
                alter = new BigDecimal(alterText).setScale(0, java.math.RoundingMode.HALF_EVEN).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw bad(n, "alter must be a number of semitones, found '" + alterText + "'");
            }
        }
        int a = alter;
        return wrap(n, () -> new Pitch(Step.parse(stepText.charAt(0)), a, octave));
    }

    private Tuplet tuplet(XmlElement n) throws InvalidInputException {
        XmlElement tm = n.child("time-modification");
        if (tm == null) {
            return Tuplet.NONE;
        }
        String actual = tm.childText("actual-notes");
        String normal = tm.childText("normal-notes");
        if (actual == null || normal == null) {
            throw bad(tm, "<time-modification> needs <actual-notes> and <normal-notes>");
        }
        int a = (int) parseLong(actual, tm, "actual-notes");
        int b = (int) parseLong(normal, tm, "normal-notes");
        Tuplet t = wrap(tm, () -> new Tuplet(a, b));
        return t.isNone() ? Tuplet.NONE : t;
    }

    /**
     * The written duration(s) of a note: one from its type, or, when it has no type (whole-measure
     * rests, some exporters), as few tied values as make up its {@code <duration>}.
     */
    private List<Duration> durations(XmlElement n, Fraction declared, Tuplet tuplet, boolean grace)
            throws InvalidInputException {
        String type = n.childText("type");
        XmlElement rest = n.child("rest");
        boolean markedMeasureRest = rest != null && "yes".equals(rest.attr("measure"));
        boolean fullMeasureRest = rest != null && declared != null
                && (markedMeasureRest || meter != null && declared.equals(meter.measureLength()));
        if (type != null) {
            NoteValue value = NoteTypes.value(type);
            if (value == null) {
                throw bad(n, "unknown note type '" + type + "', expected one of long, breve, whole, half, quarter,"
                        + " eighth, 16th ... 128th");
            }
            int dots = n.all("dot").size();
            if (dots > 3) {
                throw bad(n, "at most 3 dots are supported, found " + dots);
            }
            Duration d = new Duration(value, dots, tuplet);
            if (fullMeasureRest && !d.length().equals(declared)) {
                // Exporters write a whole rest for a full measure in any meter: the measure decides.
                return split(declared, Tuplet.NONE);
            }
            if (declared != null && !grace) {
                check(n, d, declared);
            }
            return List.of(d);
        }
        if (grace) {
            return List.of(Duration.of(NoteValue.EIGHTH));
        }
        Fraction len = declared;
        if (len == null) {
            if (!markedMeasureRest || meter == null) {
                throw bad(n, "a <note> needs a <type> or a <duration>");
            }
            len = meter.measureLength();
        }
        if (len.isZero()) {
            throw bad(n, "a <note> without <type> has zero <duration>");
        }
        return split(len.dividedBy(tuplet.scale()), tuplet);
    }

    /**
     * Fails when duration/divisions disagrees with the written value by more than rounding, e.g.
     * a triplet eighth without its time-modification, or a missing dot.
     */
    private void check(XmlElement n, Duration d, Fraction declared) throws InvalidInputException {
        Fraction written = d.length();
        Fraction diff = written.compareTo(declared) >= 0 ? written.minus(declared) : declared.minus(written);
        Fraction oneDivision = Fraction.of(1, 4 * divisions);
        Fraction eighthOfNote = written.times(Fraction.of(1, 8));
        // Honest rounding to whole divisions is off by less than one division.
        if (diff.compareTo(oneDivision) >= 0 && diff.compareTo(eighthOfNote) > 0) {
            throw bad(n, "<duration> " + declared.times(4 * divisions) + " at " + divisions
                    + " divisions per quarter (" + declared + " of a whole note) disagrees with <type> "
                    + n.childText("type") + " with " + d.dots() + " dot(s)"
                    + (d.tuplet().isNone() ? "" : " in a " + d.tuplet().actual() + ":" + d.tuplet().normal()
                    + " tuplet") + " (" + written + ")");
        }
    }

    /** The largest dotted values, longest first, that add up to exactly {@code written}. */
    private static List<Duration> split(Fraction written, Tuplet tuplet) {
        Duration exact = Duration.ofWrittenLength(written);
        if (exact != null) {
            return List.of(exact.withTuplet(tuplet));
        }
        List<Duration> out = new ArrayList<>();
        Fraction left = written;
        while (!left.isZero()) {
            Duration best = null;
            for (NoteValue v : NoteValue.values()) {
                for (int dots = 0; dots <= 3; dots++) {
                    Duration c = Duration.of(v, dots);
                    if (c.writtenLength().compareTo(left) <= 0
                            && (best == null || c.writtenLength().compareTo(best.writtenLength()) > 0)) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                best = Duration.of(NoteValue.HUNDRED_TWENTY_EIGHTH);
                left = Fraction.ZERO;
            } else {
                left = left.minus(best.writtenLength());
            }
            out.add(best.withTuplet(tuplet));
        }
        return out;
    }

    private static boolean tieStart(XmlElement n) {
        for (XmlElement t : n.all("tie")) {
            if ("start".equals(t.attr("type"))) {
                return true;
            }
        }
        for (XmlElement notations : n.all("notations")) {
            for (XmlElement t : notations.all("tied")) {
                if ("start".equals(t.attr("type"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Decoration> decorations(XmlElement n) {
        Set<Decoration> out = EnumSet.noneOf(Decoration.class);
        for (XmlElement notations : n.all("notations")) {
            for (XmlElement c : notations.children()) {
                switch (c.name()) {
                    case "fermata" -> out.add(Decoration.FERMATA);
                    case "articulations" -> {
                        for (XmlElement a : c.children()) {
                            switch (a.name()) {
                                case "staccato" -> out.add(Decoration.STACCATO);
                                case "accent", "strong-accent" -> out.add(Decoration.ACCENT);
                                case "tenuto" -> out.add(Decoration.TENUTO);
                                default -> {
                                    // breath marks, caesuras, scoops ... have no model counterpart
                                }
                            }
                        }
                    }
                    case "ornaments" -> {
                        for (XmlElement o : c.children()) {
                            switch (o.name()) {
                                case "trill-mark" -> out.add(Decoration.TRILL);
                                case "mordent", "inverted-mordent" -> out.add(Decoration.MORDENT);
                                case "turn", "inverted-turn", "delayed-turn", "delayed-inverted-turn" ->
                                        out.add(Decoration.TURN);
                                case "other-ornament" -> out.add("roll".equalsIgnoreCase(o.text())
                                        ? Decoration.ROLL : Decoration.OTHER);
                                default -> {
                                    // wavy lines and accidental marks belong to other ornaments
                                }
                            }
                        }
                    }
                    case "technical" -> {
                        for (XmlElement t : c.children()) {
                            if (t.name().equals("up-bow")) {
                                out.add(Decoration.UPBOW);
                            } else if (t.name().equals("down-bow")) {
                                out.add(Decoration.DOWNBOW);
                            }
                        }
                    }
                    default -> {
                        // ties, slurs and tuplet brackets are read elsewhere or not kept
                    }
                }
            }
        }
        return out;
    }

    /** The {@code <duration>} of an element as a fraction of a whole note. */
    private Fraction length(XmlElement e) throws InvalidInputException {
        String text = e.childText("duration");
        if (text == null) {
            throw bad(e, "<" + e.name() + "> without <duration>");
        }
        if (divisions == 0) {
            throw bad(e, "<duration> before any <divisions> was given");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException ex) {
            throw bad(e, "duration must be a number, found '" + text + "'");
        }
        if (d.signum() < 0) {
            throw bad(e, "duration must not be negative, found '" + text + "'");
        }
        BigDecimal unscaled = new BigDecimal(d.unscaledValue());
        long scale = d.scale() > 0 ? BigDecimal.TEN.pow(d.scale()).longValueExact() : 1;
        long num = d.scale() > 0 ? unscaled.longValueExact() : d.longValueExact();
        return Fraction.of(num, Math.multiplyExact(Math.multiplyExact(scale, divisions), 4));
    }

    private long parseLong(String text, XmlElement at, String what) throws InvalidInputException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw bad(at, what + " must be a whole number, found '" + text + "'");
        }
    }

    private static Double firstNumber(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
        return m.find() ? Double.valueOf(m.group()) : null;
    }

    private static Fraction sum(List<Duration> ds) {
        Fraction f = Fraction.ZERO;
        for (Duration d : ds) {
            f = f.plus(d.length());
        }
        return f;
    }

    private static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Fraction max(Fraction a, Fraction b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private InvalidInputException bad(XmlElement at, String reason) {
        return new InvalidInputException(source, at.location(), reason);
    }

    /** A model constructor that rejects a value read from the file. */
    @FunctionalInterface
    private interface ModelValue<T> {
        T make() throws InvalidInputException;
    }

    private <T> T wrap(XmlElement at, ModelValue<T> value) throws InvalidInputException {
        try {
            return value.make();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source, at.location(), e.getMessage(), e);
        }
    }
}
