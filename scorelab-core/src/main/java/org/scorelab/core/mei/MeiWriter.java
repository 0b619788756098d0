package org.scorelab.core.mei;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.engrave.AccidentalDisplay;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.engrave.EngravingStyle;
import org.scorelab.core.engrave.KeySignatureLayout;
import org.scorelab.core.engrave.LeadingChanges;
import org.scorelab.core.engrave.TupletGrouping;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
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
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.Step;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.Tuplet;

/**
 * Writes a tune as MEI 4.0 that Verovio engraves, shaped like the PrIMuS {@code .mei} files: one
 * {@code scoreDef} ({@code key.sig}, {@code meter.count}/{@code meter.unit} or {@code meter.sym},
 * {@code staffDef} with {@code clef.shape}/{@code clef.line}), then one {@code measure} per measure
 * with its right bar line ({@code single}, {@code dbl}, {@code end}, {@code rptstart},
 * {@code rptend}, {@code rptboth}, {@code invis}), one staff and one layer.
 *
 * <p>Engraving decisions come from the same classes the PrIMuS agnostic writer uses, so the
 * rendering shows what the agnostic tokens say: {@code accid} only on notes that
 * {@link AccidentalDisplay} shows (the sounding alteration otherwise goes to {@code accid.ges}),
 * {@code beam} elements from {@link Beaming}, {@code tuplet} elements from {@link TupletGrouping}
 * (number and bracket hidden by default, since the agnostic encoding has no tuplet glyph). Ties
 * are {@code @tie="i|m|t"}, fermatas {@code @fermata="above"}, grace notes
 * {@code grace="unacc"}. Clef, key and meter changes that open a measure after the first go to a
 * {@code scoreDef} before it ({@link LeadingChanges}: Verovio then draws them after the bar line
 * in the order clef, key, meter, with naturals when the key becomes C major, as the agnostic
 * writer says); other changes are {@code clef}, {@code keySig} and {@code meterSig} elements in
 * the layer, which Verovio draws in place, a key change without naturals. Chords keep their top note, as the PrIMuS encodings do.
 * Element ids are numbered in document order, so the same tune always gives the same bytes.
 *
 * <p>An {@link EngravingStyle} may change the drawing without changing the music: flagged stems
 * get {@code @stem.len}, multirests {@code @width}, unslashed grace notes {@code grace="acc"},
 * and an opening key signature in another window is written as {@code keyAccid} elements with
 * {@code @loc} in the first {@code staffDef} (Verovio honours all four).
 */
public final class MeiWriter implements TuneWriter {

    private final EngravingStyle style;
    private final boolean showTuplets;

    /** Beams by the beat; tuplet numbers and brackets hidden. */
    public MeiWriter() {
        this(Beaming.BY_BEAT, false);
    }

    /**
     * @param beaming     how notes are beamed; must be the one the agnostic labels were written with
     * @param showTuplets draw tuplet numbers and brackets (they have no agnostic token)
     */
    public MeiWriter(Beaming beaming, boolean showTuplets) {
        if (beaming == null) {
            throw new IllegalArgumentException("beaming must not be null");
        }
        this.style = EngravingStyle.of(beaming);
        this.showTuplets = showTuplets;
    }

    @Override
    public byte[] write(Tune tune) {
        return toXml(tune).getBytes(StandardCharsets.UTF_8);
    }

    /** The MEI document, drawn in the engraver's own style with this writer's beaming. */
    public String toXml(Tune tune) {
        return toXml(tune, style);
    }

    /** The MEI document drawn in a style; its beaming replaces this writer's. */
    public String toXml(Tune tune, EngravingStyle drawn) {
        if (drawn == null) {
            throw new IllegalArgumentException("style must not be null");
        }
        return new Doc(tune, drawn).build();
    }

    /** Writing one document: the output, the id counter and the state carried across measures. */
    private final class Doc {
        private final Tune tune;
        private final EngravingStyle style;
        private final StringBuilder sb;
        private int ids;
        private int depth;
        private int openBeams;
        private Note previous;
        private AccidentalDisplay display;

        Doc(Tune tune, EngravingStyle style) {
            this.tune = tune;
            this.style = style;
            this.sb = new StringBuilder(1024 + 400 * tune.measures().size());
        }

        String build() {
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            sb.append("<?xml-model href=\"https://music-encoding.org/schema/4.0.0/mei-all.rng\" type=\"application/xml\" "
                    + "schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n");
            sb.append("<mei xmlns=\"http://www.music-encoding.org/ns/mei\" meiversion=\"4.0.0\">\n");
            depth = 1;
            open("meiHead");
            open("fileDesc");
            open("titleStmt");
            indent();
            sb.append("<title>");
            escape(tune.info().title());
            sb.append("</title>\n");
            close("titleStmt");
            indent();
            sb.append("<pubStmt />\n");
            close("fileDesc");
            close("meiHead");
            open("music");
            open("body");
            open("mdiv");
            open("score");
            scoreDef();
            start("section");
            sb.append(">\n");
            depth++;
            measures();
            close("section");
            close("score");
            close("mdiv");
            close("body");
            close("music");
            sb.append("</mei>\n");
            return sb.toString();
        }

        private void scoreDef() {
            KeySignature key = tune.info().key();
            boolean keyAccids = style.keyWindowLow().isPresent() && key.fifths() != 0;
            start("scoreDef");
            if (!keyAccids) {
                attr("key.sig", keySig(key));
            }
            meterAttributes(tune.info().meter(), "meter.");
            sb.append(">\n");
            depth++;
            start("staffGrp");
            sb.append(">\n");
            depth++;
            start("staffDef");
            clefAttributes(tune.info().clef());
            attr("n", "1");
            attr("lines", "5");
            if (keyAccids) {
                keyAccids(key, style.keyWindowLow().getAsInt());
            } else {
                sb.append(" />\n");
            }
            close("staffGrp");
            close("scoreDef");
        }

        /** Closes the open staffDef with the signature's accidentals at their window's positions. */
        private void keyAccids(KeySignature key, int windowLow) {
            String accid = key.fifths() > 0 ? "s" : "f";
            Step[] steps = key.alteredSteps();
            int[] positions = KeySignatureLayout.positions(tune.info().clef(), key, windowLow);
            sb.append("><keySig>");
            for (int i = 0; i < steps.length; i++) {
                sb.append("<keyAccid pname=\"").append(steps[i].name().toLowerCase(Locale.ROOT)).append("\" accid=\"")
                        .append(accid).append("\" loc=\"").append(positions[i]).append("\" />");
            }
            sb.append("</keySig></staffDef>\n");
        }

        private void meterAttributes(TimeSignature t, String prefix) {
            switch (t.symbol()) {
                case NONE -> {
                }
                case NUMBERS -> {
                    attr(prefix + "count", Integer.toString(t.beats()));
                    attr(prefix + "unit", Integer.toString(t.beatType()));
                }
                case COMMON, CUT -> {
                    attr(prefix + "count", Integer.toString(t.beats()));
                    attr(prefix + "unit", Integer.toString(t.beatType()));
                    attr(prefix + "sym", t.symbol() == TimeSignature.Symbol.COMMON ? "common" : "cut");
                }
            }
        }

        private void measures() {
            display = new AccidentalDisplay(tune.info().key());
            TimeSignature meter = tune.info().meter();
            List<Measure> ms = tune.measures();
            for (int mi = 0; mi < ms.size(); mi++) {
                Measure m = ms.get(mi);
                LeadingChanges lead = mi == 0 ? LeadingChanges.NONE : LeadingChanges.of(m.events());
                if (!lead.isEmpty()) {
                    changeDef(lead);
                    if (lead.meter() != null) {
                        meter = lead.meter();
                    }
                }
                start("measure");
                attr("n", Integer.toString(mi + 1));
                attr("right", right(m.end()));
                sb.append(">\n");
                depth++;
                start("staff");
                attr("n", "1");
                sb.append(">\n");
                depth++;
                start("layer");
                attr("n", "1");
                sb.append(">\n");
                depth++;
                display.newMeasure();
                if (lead.key() != null) {
                    display.setKey(lead.key());
                }
                meter = layer(m.events(), meter, lead.count());
                close("layer");
                close("staff");
                close("measure");
            }
        }

        /** A {@code scoreDef} before a measure for the changes that open it. */
        private void changeDef(LeadingChanges lead) {
            start("scoreDef");
            if (lead.key() != null) {
                attr("key.sig", keySig(lead.key()));
            }
            if (lead.meter() != null) {
                meterAttributes(lead.meter(), "meter.");
            }
            if (lead.clef() == null) {
                sb.append(" />\n");
                return;
            }
            sb.append(">\n");
            depth++;
            start("staffGrp");
            sb.append(">\n");
            depth++;
            start("staffDef");
            attr("n", "1");
            clefAttributes(lead.clef());
            sb.append(" />\n");
            close("staffGrp");
            close("scoreDef");
        }

        private void clefAttributes(Clef c) {
            attr("clef.shape", c.sign().name());
            attr("clef.line", Integer.toString(c.line()));
            if (c.octaveShift() != 0) {
                attr("clef.dis", octaveDis(c));
                attr("clef.dis.place", c.octaveShift() < 0 ? "below" : "above");
            }
        }

        /**
         * Writes the events of one layer from {@code from} on (the ones before went to a
         * scoreDef); returns the meter in force after it.
         */
        private TimeSignature layer(List<Event> events, TimeSignature meter, int from) {
            int n = events.size();
            Beaming.Beam[] beams = style.beaming().beam(events, meter);
            int[] tuplets = TupletGrouping.groups(events);
            int[] tupletEnd = new int[n];
            for (int i = 0; i < n; i++) {
                if (tuplets[i] >= 0) {
                    int k = i;
                    while (k + 1 < n && tuplets[k + 1] == tuplets[i]) {
                        k++;
                    }
                    for (int j = i; j <= k; j++) {
                        tupletEnd[j] = k;
                    }
                    i = k;
                }
            }
            int[] beamEnd = new int[n];
            for (int i = 0; i < n; i++) {
                if (beams[i].role() == Beaming.Role.START) {
                    int k = i;
                    while (beams[k].role() != Beaming.Role.END) {
                        k++;
                    }
                    beamEnd[i] = k;
                }
            }
            List<String> stack = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            for (int i = from; i < n; i++) {
                boolean tupletStarts = tuplets[i] >= 0 && (i == 0 || tuplets[i - 1] != tuplets[i]);
                boolean beamStarts = beams[i].role() == Beaming.Role.START;
                if (tupletStarts && beamStarts && beamEnd[i] > tupletEnd[i]) {
                    openBeam(stack, ends, beamEnd[i]);
                    openTuplet(stack, ends, tupletEnd[i], events.get(i));
                } else {
                    if (tupletStarts) {
                        openTuplet(stack, ends, tupletEnd[i], events.get(i));
                    }
                    if (beamStarts) {
                        openBeam(stack, ends, beamEnd[i]);
                    }
                }
                meter = event(events.get(i), meter);
                while (!ends.isEmpty() && ends.get(ends.size() - 1) == i) {
                    closeGroup(stack);
                    ends.remove(ends.size() - 1);
                }
            }
            while (!stack.isEmpty()) {
                closeGroup(stack);
            }
            return meter;
        }

        private void closeGroup(List<String> stack) {
            String name = stack.remove(stack.size() - 1);
            if (name.equals("beam")) {
                openBeams--;
            }
            close(name);
        }

        private void openBeam(List<String> stack, List<Integer> ends, int end) {
            start("beam");
            sb.append(">\n");
            depth++;
            openBeams++;
            stack.add("beam");
            ends.add(end);
        }

        private void openTuplet(List<String> stack, List<Integer> ends, int end, Event first) {
            Tuplet t = tupletOf(first);
            start("tuplet");
            attr("num", Integer.toString(t.actual()));
            attr("numbase", Integer.toString(t.normal()));
            if (!showTuplets) {
                attr("num.visible", "false");
                attr("bracket.visible", "false");
            }
            sb.append(">\n");
            depth++;
            stack.add("tuplet");
            ends.add(end);
        }

        private Tuplet tupletOf(Event e) {
            if (e instanceof Rest r) {
                return r.duration().tuplet();
            }
            Note n = e instanceof Note x ? x : ((Chord) e).top();
            return n.duration().tuplet();
        }

        private TimeSignature event(Event e, TimeSignature meter) {
            if (e instanceof Note || e instanceof Chord) {
                Note n = e instanceof Note x ? x : ((Chord) e).top();
                note(n);
                previous = n;
                return meter;
            }
            if (e instanceof Rest || e instanceof MultiRest) {
                previous = null;
            }
            if (e instanceof Rest r) {
                start("rest");
                duration(r.duration());
                if (r.fermata()) {
                    attr("fermata", "above");
                }
                sb.append(" />\n");
            } else if (e instanceof MultiRest mr) {
                start("multiRest");
                attr("num", Integer.toString(mr.measures()));
                if (style.multirestWidth().isPresent()) {
                    attr("width", virtualUnits(style.multirestWidth().getAsDouble()));
                }
                sb.append(" />\n");
            } else if (e instanceof ClefChange cc) {
                start("clef");
                attr("shape", cc.clef().sign().name());
                attr("line", Integer.toString(cc.clef().line()));
                if (cc.clef().octaveShift() != 0) {
                    attr("dis", octaveDis(cc.clef()));
                    attr("dis.place", cc.clef().octaveShift() < 0 ? "below" : "above");
                }
                sb.append(" />\n");
            } else if (e instanceof KeyChange kc) {
                start("keySig");
                attr("sig", keySig(kc.key()));
                sb.append(" />\n");
                display.setKey(kc.key());
            } else if (e instanceof MeterChange mc) {
                start("meterSig");
                meterAttributes(mc.meter(), "");
                sb.append(" />\n");
                return mc.meter();
            }
            return meter;
        }

        private void note(Note n) {
            boolean tiedFrom = previous != null && previous.tieToNext();
            int shown = display.show(n.pitch(), tiedFrom && previous.pitch().equals(n.pitch()));
            start("note");
            duration(n.duration());
            attr("oct", Integer.toString(n.pitch().octave()));
            attr("pname", PNAMES[n.pitch().step().ordinal()]);
            if (shown != AccidentalDisplay.NONE) {
                attr("accid", accidWritten(shown));
            } else if (n.pitch().alter() != 0) {
                attr("accid.ges", accidGestural(n.pitch().alter()));
            }
            if (n.grace()) {
                // MEI's unaccented grace note is the slashed acciaccatura, the accented one the plain appoggiatura
                attr("grace", style.slashedGraceNotes() ? "unacc" : "acc");
            }
            if (tiedFrom || n.tieToNext()) {
                attr("tie", tiedFrom ? (n.tieToNext() ? "m" : "t") : "i");
            }
            if (n.decorations().contains(Decoration.FERMATA)) {
                attr("fermata", "above");
            }
            // only a note outside a beam has a flag to bring closer to its head
            if (style.flaggedStemLength().isPresent() && openBeams == 0 && FLAGGED.contains(dur(n.duration().value()))) {
                attr("stem.len", virtualUnits(style.flaggedStemLength().getAsDouble()));
            }
            sb.append(" />\n");
        }

        private void duration(Duration d) {
            if (d.dots() > 0) {
                attr("dots", Integer.toString(d.dots()));
            }
            attr("dur", dur(d.value()));
        }

        private static String virtualUnits(double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }

        private void indent() {
            for (int i = 0; i < depth; i++) {
                sb.append("    ");
            }
        }

        private void start(String name) {
            indent();
            sb.append('<').append(name).append(" xml:id=\"").append(ID_PREFIX.getOrDefault(name, name)).append('-')
                    .append(++ids).append('"');
        }

        private void open(String name) {
            indent();
            sb.append('<').append(name).append(">\n");
            depth++;
        }

        private void close(String name) {
            depth--;
            indent();
            sb.append("</").append(name).append(">\n");
        }

        private void attr(String name, String value) {
            sb.append(' ').append(name).append("=\"").append(value).append('"');
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    default -> {
                        if (c >= 0x20 || c == '\t') {
                            sb.append(c);
                        }
                    }
                }
            }
        }
    }

    private static final String[] PNAMES = {"c", "d", "e", "f", "g", "a", "b"};
    /** Note values whose flagged stems a style may shorten: sixteenths to 64ths. */
    private static final java.util.Set<String> FLAGGED = java.util.Set.of("16", "32", "64");

    private static final java.util.Map<String, String> ID_PREFIX = java.util.Map.of(
            "scoreDef", "scoredef", "staffGrp", "staffgrp", "staffDef", "staffdef", "multiRest", "multirest",
            "keySig", "keysig", "meterSig", "metersig");

    static String right(BarLine b) {
        if (b.repeatEnd() && b.repeatStart()) {
            return "rptboth";
        }
        if (b.repeatEnd()) {
            return "rptend";
        }
        if (b.repeatStart()) {
            return "rptstart";
        }
        return switch (b.style()) {
            case SINGLE -> "single";
            case DOUBLE, HEAVY_LIGHT -> "dbl";
            case FINAL -> "end";
            case INVISIBLE -> "invis";
        };
    }

    /** MEI clef.dis: 8 for one octave, 15 for two. */
    static String octaveDis(Clef c) {
        return Math.abs(c.octaveShift()) == 1 ? "8" : Math.abs(c.octaveShift()) == 2 ? "15" : "22";
    }

    static String keySig(KeySignature k) {
        int f = k.fifths();
        return f == 0 ? "0" : Math.abs(f) + (f > 0 ? "s" : "f");
    }

    static String dur(NoteValue v) {
        return switch (v) {
            case QUADRUPLE_WHOLE -> "long";
            case DOUBLE_WHOLE -> "breve";
            case WHOLE -> "1";
            case HALF -> "2";
            case QUARTER -> "4";
            case EIGHTH -> "8";
            case SIXTEENTH -> "16";
            case THIRTY_SECOND -> "32";
            case SIXTY_FOURTH -> "64";
            case HUNDRED_TWENTY_EIGHTH -> "128";
        };
    }

    static String accidWritten(int alter) {
        return switch (alter) {
            case -2 -> "ff";
            case -1 -> "f";
            case 1 -> "s";
            case 2 -> "x";
            default -> "n";
        };
    }

    static String accidGestural(int alter) {
        return switch (alter) {
            case -2 -> "ff";
            case -1 -> "f";
            case 1 -> "s";
            case 2 -> "ss";
            default -> "n";
        };
    }
}
