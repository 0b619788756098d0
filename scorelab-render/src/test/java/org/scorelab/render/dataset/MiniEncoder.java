package org.scorelab.render.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Duration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

/**
 * A minimal test-only encoder, standing in for the real MEI, semantic and agnostic writers of
 * scorelab-core: notes, rests, grace notes, fermatas, ties and multirests under one clef, key
 * and meter. Refuses tuplets and mid-tune changes (IllegalArgumentException), as the builder
 * expects of an encoder.
 */
final class MiniEncoder implements SampleEncoder {
    @Override
    public String mei(Tune tune) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<mei xmlns=\"http://www.music-encoding.org/ns/mei\" meiversion=\"5.0\">")
                .append("<meiHead><fileDesc><titleStmt><title/></titleStmt><pubStmt/></fileDesc></meiHead>")
                .append("<music><body><mdiv><score>");
        KeySignature key = tune.info().key();
        TimeSignature meter = tune.info().meter();
        Clef clef = tune.info().clef();
        sb.append("<scoreDef key.sig=\"").append(key.fifths() == 0 ? "0"
                : Math.abs(key.fifths()) + (key.fifths() > 0 ? "s" : "f")).append('"');
        sb.append(" meter.count=\"").append(meter.beats()).append("\" meter.unit=\"").append(meter.beatType()).append('"');
        if (meter.symbol() == TimeSignature.Symbol.COMMON) {
            sb.append(" meter.sym=\"common\"");
        } else if (meter.symbol() == TimeSignature.Symbol.CUT) {
            sb.append(" meter.sym=\"cut\"");
        }
        sb.append("><staffGrp><staffDef n=\"1\" lines=\"5\" clef.shape=\"").append(clef.sign())
                .append("\" clef.line=\"").append(clef.line()).append("\"/></staffGrp></scoreDef><section>");
        int id = 0;
        String pendingTie = null;
        for (int mi = 0; mi < tune.measures().size(); mi++) {
            Measure m = tune.measures().get(mi);
            sb.append("<measure n=\"").append(mi + 1).append("\" right=\"single\"><staff n=\"1\"><layer n=\"1\">");
            Map<String, Integer> shown = new HashMap<>();
            List<String> controls = new ArrayList<>();
            for (Event e : m.events()) {
                if (e instanceof Note n) {
                    String xid = "n" + (++id);
                    String slot = n.pitch().step().name() + n.pitch().octave();
                    int expected = shown.getOrDefault(slot, key.alterOf(n.pitch().step()));
                    sb.append("<note xml:id=\"").append(xid).append("\" pname=\"")
                            .append(n.pitch().step().name().toLowerCase(Locale.ROOT)).append("\" oct=\"")
                            .append(n.pitch().octave()).append('"');
                    duration(sb, n.duration());
                    if (n.pitch().alter() != expected) {
                        sb.append(" accid=\"").append(accid(n.pitch().alter())).append('"');
                        shown.put(slot, n.pitch().alter());
                    } else if (n.pitch().alter() != 0) {
                        sb.append(" accid.ges=\"").append(accid(n.pitch().alter())).append('"');
                    }
                    if (n.grace()) {
                        sb.append(" grace=\"unacc\"");
                    }
                    sb.append("/>");
                    if (n.hasFermata()) {
                        controls.add("<fermata startid=\"#" + xid + "\" place=\"above\"/>");
                    }
                    if (pendingTie != null && !n.grace()) {
                        controls.add("<tie startid=\"#" + pendingTie + "\" endid=\"#" + xid + "\"/>");
                        pendingTie = null;
                    }
                    if (n.tieToNext()) {
                        pendingTie = xid;
                    }
                } else if (e instanceof Rest r) {
                    String xid = "r" + (++id);
                    sb.append("<rest xml:id=\"").append(xid).append('"');
                    duration(sb, r.duration());
                    sb.append("/>");
                    if (r.fermata()) {
                        controls.add("<fermata startid=\"#" + xid + "\" place=\"above\"/>");
                    }
                } else if (e instanceof MultiRest mr) {
                    sb.append("<multiRest num=\"").append(mr.measures()).append("\"/>");
                } else {
                    throw new IllegalArgumentException("MiniEncoder cannot encode " + e);
                }
            }
            sb.append("</layer></staff>");
            controls.forEach(sb::append);
            sb.append("</measure>");
        }
        return sb.append("</section></score></mdiv></body></music></mei>\n").toString();
    }

    private static void duration(StringBuilder sb, Duration d) {
        if (!d.tuplet().isNone()) {
            throw new IllegalArgumentException("MiniEncoder cannot encode tuplets");
        }
        String dur = switch (d.value()) {
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
        sb.append(" dur=\"").append(dur).append('"');
        if (d.dots() > 0) {
            sb.append(" dots=\"").append(d.dots()).append('"');
        }
    }

    private static String accid(int alter) {
        return switch (alter) {
            case -2 -> "ff";
            case -1 -> "f";
            case 1 -> "s";
            case 2 -> "x";
            default -> "n";
        };
    }

    @Override
    public String semantic(Tune tune) {
        List<String> t = new ArrayList<>();
        t.add("clef-" + tune.info().clef().code());
        t.add("keySignature-" + tune.info().key().majorName() + "M");
        TimeSignature m = tune.info().meter();
        t.add("timeSignature-" + OmrDatasetBuilder.meter(m));
        for (Measure measure : tune.measures()) {
            for (Event e : measure.events()) {
                if (e instanceof Note n) {
                    String tok = (n.grace() ? "gracenote-" : "note-") + n.pitch().name() + "_" + value(n.duration())
                            + (n.hasFermata() ? "_fermata" : "");
                    t.add(tok);
                    if (n.tieToNext()) {
                        t.add("tie");
                    }
                } else if (e instanceof Rest r) {
                    t.add("rest-" + value(r.duration()) + (r.fermata() ? "_fermata" : ""));
                } else if (e instanceof MultiRest mr) {
                    t.add("multirest-" + mr.measures());
                }
            }
            t.add("barline");
        }
        return String.join("\t", t) + "\t";
    }

    private static String value(Duration d) {
        return d.value().primusName() + ".".repeat(d.dots());
    }

    @Override
    public String agnostic(Tune tune) {
        Clef clef = tune.info().clef();
        List<String> t = new ArrayList<>();
        t.add("clef." + clef.sign() + "-L" + clef.line());
        for (Measure measure : tune.measures()) {
            for (Event e : measure.events()) {
                if (e instanceof Note n) {
                    t.add((n.grace() ? "gracenote." : "note.") + n.duration().value().primusName() + "-"
                            + position(clef.staffPosition(n.pitch())));
                } else if (e instanceof Rest r) {
                    t.add("rest." + r.duration().value().primusName() + "-L3");
                } else if (e instanceof MultiRest) {
                    t.add("multirest-L3");
                }
            }
            t.add("barline-L1");
        }
        return String.join("\t", t) + "\t";
    }

    /** PrIMuS agnostic staff position: L1 the bottom line, S1 the space above it, S0 below. */
    static String position(int p) {
        return Math.floorMod(p, 2) == 0 ? "L" + (p / 2 + 1) : "S" + ((p + 1) / 2);
    }

}
