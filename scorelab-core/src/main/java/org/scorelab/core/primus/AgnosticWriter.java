package org.scorelab.core.primus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scorelab.core.codec.TuneWriter;
import org.scorelab.core.engrave.AccidentalDisplay;
import org.scorelab.core.engrave.Beaming;
import org.scorelab.core.engrave.EngravingStyle;
import org.scorelab.core.engrave.KeySignatureLayout;
import org.scorelab.core.engrave.LeadingChanges;
import org.scorelab.core.engrave.StaffPosition;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.NoteValue;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * Writes the PrIMuS agnostic encoding: the glyphs left to right with their staff positions
 * ({@link StaffPosition}). Tokens: {@code clef.C-L1}; the key signature as
 * {@code accidental.flat-L4 ...} at {@link KeySignatureLayout} positions; the meter as
 * {@code digit.2-L4 digit.4-L2}, {@code metersign.C-L3} or {@code metersign.C/-L3}; per note, in
 * this order, {@code slur.end-P} (tied from the previous note), {@code accidental.sharp-P} (when
 * {@link AccidentalDisplay} shows one), {@code fermata.above-S6}, the note
 * ({@code note.quarter-P}, or {@code note.beamedRight1-P} / {@code beamedBoth} /
 * {@code beamedLeft} with the note's own beam count inside a beam from {@link Beaming};
 * {@code gracenote.} for grace notes), one {@code dot-P'} per dot (in the note's space, or in the
 * space above a line note) and {@code slur.start-P} when tied to the next (a tie may cross bar lines and clef, key or meter
 * changes, but not a rest); rests as
 * {@code rest.quarter-L3} (a whole rest hangs from {@code L4}) with dots in {@code S3} ({@code S4}
 * for whole, 32nd and 64th rests, {@code S5} for 128th rests, where Verovio draws them);
 * multirests as their count's digits at {@code S5} then {@code multirest-L3}; every drawn bar line
 * as {@code barline-L1}. Changes that open a measure after the first are written in the order
 * clef, key, meter, and a change to C major there writes naturals at the old key's positions
 * ({@link LeadingChanges}); other changes are written in place, a key change as its new signature
 * only. Chords keep their top note; tuplet notes are
 * written by their written value, as PrIMuS does.
 */
public final class AgnosticWriter implements TuneWriter {

    private static final String[] DIGIT_S5 = {"digit.0-S5", "digit.1-S5", "digit.2-S5", "digit.3-S5", "digit.4-S5",
        "digit.5-S5", "digit.6-S5", "digit.7-S5", "digit.8-S5", "digit.9-S5"};

    private final EngravingStyle style;

    /** Beams by the beat ({@link Beaming#BY_BEAT}). */
    public AgnosticWriter() {
        this(Beaming.BY_BEAT);
    }

    public AgnosticWriter(Beaming beaming) {
        if (beaming == null) {
            throw new IllegalArgumentException("beaming must not be null");
        }
        this.style = EngravingStyle.of(beaming);
    }

    @Override
    public byte[] write(Tune tune) {
        return toText(tune).getBytes(StandardCharsets.UTF_8);
    }

    /** The encoding as one line: each token followed by a TAB, no line break. */
    public String toText(Tune tune) {
        return toText(tune, style);
    }

    /**
     * The encoding of the tune drawn in a style (its beaming replaces this writer's): the glyphs
     * the MEI writer's drawing in that style puts on the staff.
     */
    public String toText(Tune tune, EngravingStyle drawn) {
        if (drawn == null) {
            throw new IllegalArgumentException("style must not be null");
        }
        Beaming beaming = drawn.beaming();
        StringBuilder sb = new StringBuilder(48 * (tune.measures().size() + 1));
        Clef clef = tune.info().clef();
        KeySignature key = tune.info().key();
        TimeSignature meter = tune.info().meter();
        clef(sb, clef);
        if (drawn.keyWindowLow().isPresent()) {
            keySignature(sb, key, KeySignatureLayout.positions(clef, key, drawn.keyWindowLow().getAsInt()));
        } else {
            keySignature(sb, clef, key);
        }
        meter(sb, meter);
        AccidentalDisplay display = new AccidentalDisplay(key);
        Note previous = null;
        List<Measure> measures = tune.measures();
        for (int mi = 0; mi < measures.size(); mi++) {
            Measure m = measures.get(mi);
            display.newMeasure();
            List<Event> events = m.events();
            Beaming.Beam[] beams = beaming.beam(events, meter);
            LeadingChanges lead = mi == 0 ? LeadingChanges.NONE : LeadingChanges.of(events);
            if (!lead.isEmpty()) {
                if (lead.clef() != null) {
                    clef = lead.clef();
                    clef(sb, clef);
                }
                if (lead.key() != null) {
                    if (lead.key().fifths() == 0) {
                        cancel(sb, clef, display.key());
                    }
                    keySignature(sb, clef, lead.key());
                    display.setKey(lead.key());
                }
                if (lead.meter() != null) {
                    meter = lead.meter();
                    meter(sb, meter);
                }
            }
            for (int i = lead.count(); i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Note || e instanceof Chord) {
                    Note n = e instanceof Note x ? x : ((Chord) e).top();
                    note(sb, n, previous, beams[i], clef, display);
                    previous = n;
                    continue;
                }
                if (e instanceof Rest r) {
                    rest(sb, r);
                    previous = null;
                } else if (e instanceof MultiRest mr) {
                    multiRest(sb, mr.measures());
                    previous = null;
                } else if (e instanceof ClefChange cc) {
                    clef = cc.clef();
                    clef(sb, clef);
                } else if (e instanceof KeyChange kc) {
                    keySignature(sb, clef, kc.key());
                    display.setKey(kc.key());
                } else if (e instanceof MeterChange mc) {
                    meter = mc.meter();
                    meter(sb, meter);
                }
            }
            if (m.end().style() != BarLine.Style.INVISIBLE) {
                Tokens.add(sb, "barline-L1");
            }
        }
        return sb.toString();
    }

    private static void note(StringBuilder sb, Note n, Note previous, Beaming.Beam beam, Clef clef,
                             AccidentalDisplay display) {
        int p = clef.staffPosition(n.pitch());
        String pos = StaffPosition.name(p);
        boolean tiedFrom = previous != null && previous.tieToNext();
        if (tiedFrom) {
            sb.append("slur.end-").append(pos).append('\t');
        }
        int shown = display.show(n.pitch(), tiedFrom && previous.pitch().equals(n.pitch()));
        if (shown != AccidentalDisplay.NONE) {
            sb.append(accidentalName(shown)).append('-').append(pos).append('\t');
        }
        if (n.decorations().contains(Decoration.FERMATA)) {
            Tokens.add(sb, "fermata.above-S6");
        }
        sb.append(n.grace() ? "gracenote." : "note.");
        switch (beam.role()) {
            case NONE -> sb.append(n.duration().value().primusName());
            case START -> sb.append("beamedRight").append(beam.beams());
            case CONTINUE -> sb.append("beamedBoth").append(beam.beams());
            case END -> sb.append("beamedLeft").append(beam.beams());
        }
        sb.append('-').append(pos).append('\t');
        dots(sb, p, n.duration().dots());
        if (n.tieToNext()) {
            sb.append("slur.start-").append(pos).append('\t');
        }
    }

    /** Dots sit in a space: the note's own, or the one above a line. */
    private static void dots(StringBuilder sb, int position, int dots) {
        if (dots == 0) {
            return;
        }
        String pos = StaffPosition.name((position & 1) == 0 ? position + 1 : position);
        for (int i = 0; i < dots; i++) {
            sb.append("dot-").append(pos).append('\t');
        }
    }

    private static void rest(StringBuilder sb, Rest r) {
        if (r.fermata()) {
            Tokens.add(sb, "fermata.above-S6");
        }
        NoteValue v = r.duration().value();
        boolean whole = v == NoteValue.WHOLE;
        sb.append("rest.").append(v.primusName()).append(whole ? "-L4\t" : "-L3\t");
        dots(sb, restDotPosition(v), r.duration().dots());
    }

    /**
     * The space of a rest's dots, as Verovio draws them: beside the top of the glyph, so higher
     * for a whole rest and for rests with three or more flags.
     */
    private static int restDotPosition(NoteValue v) {
        return switch (v) {
            case WHOLE, THIRTY_SECOND, SIXTY_FOURTH -> 7;
            case HUNDRED_TWENTY_EIGHTH -> 9;
            default -> 5;
        };
    }

    private static void multiRest(StringBuilder sb, int count) {
        String digits = Integer.toString(count);
        for (int i = 0; i < digits.length(); i++) {
            Tokens.add(sb, DIGIT_S5[digits.charAt(i) - '0']);
        }
        Tokens.add(sb, "multirest-L3");
    }

    static String accidentalName(int alter) {
        return switch (alter) {
            case -2 -> "accidental.double_flat";
            case -1 -> "accidental.flat";
            case 1 -> "accidental.sharp";
            case 2 -> "accidental.double_sharp";
            default -> "accidental.natural";
        };
    }

    private static void clef(StringBuilder sb, Clef c) {
        sb.append("clef.").append(c.sign().name()).append("-L").append(c.line()).append('\t');
    }

    private static void keySignature(StringBuilder sb, Clef clef, KeySignature key) {
        keySignature(sb, key, KeySignatureLayout.positions(clef, key));
    }

    private static void keySignature(StringBuilder sb, KeySignature key, int[] positions) {
        String glyph = key.fifths() > 0 ? "accidental.sharp-" : "accidental.flat-";
        for (int p : positions) {
            sb.append(glyph).append(StaffPosition.name(p)).append('\t');
        }
    }

    private static void cancel(StringBuilder sb, Clef clef, KeySignature old) {
        for (int p : KeySignatureLayout.positions(clef, old)) {
            sb.append("accidental.natural-").append(StaffPosition.name(p)).append('\t');
        }
    }

    private static void meter(StringBuilder sb, TimeSignature t) {
        switch (t.symbol()) {
            case NONE -> {
            }
            case COMMON -> Tokens.add(sb, "metersign.C-L3");
            case CUT -> Tokens.add(sb, "metersign.C/-L3");
            case NUMBERS -> sb.append("digit.").append(t.beats()).append("-L4\tdigit.").append(t.beatType()).append("-L2\t");
        }
    }
}
