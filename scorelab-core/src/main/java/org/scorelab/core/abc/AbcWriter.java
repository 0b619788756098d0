package org.scorelab.core.abc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scorelab.core.codec.TuneWriter;
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
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Rest;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;
import org.scorelab.core.model.TuneInfo;
import org.scorelab.core.model.Tuplet;

/**
 * Writes a tune as one clean ABC tune: {@code X T}, the other header fields, {@code M L Q K},
 * then the measures, a few to a line, with accidentals only where the key and the measure so far
 * do not already give the pitch, explicit tuplet marks, ties, grace notes, chords, decorations,
 * bar lines with repeats and endings, and inline {@code [K:]}/{@code [M:]} changes.
 * {@link AbcReader} reads the result back to an equal model. Decorations ABC has no plain name
 * for ({@link Decoration#OTHER}) and grace chords are not written.
 */
public final class AbcWriter implements TuneWriter {

    /** Header letters the reader turns into TuneInfo fields of their own, not into the field map. */
    private static final String MODELLED_FIELDS = "XTMLKQV";

    private final int measuresPerLine;

    public AbcWriter() {
        this(4);
    }

    /** @param measuresPerLine measures written on one line of music, 1 or more */
    public AbcWriter(int measuresPerLine) {
        if (measuresPerLine < 1) {
            throw new IllegalArgumentException("measuresPerLine must be >= 1, was " + measuresPerLine);
        }
        this.measuresPerLine = measuresPerLine;
    }

    @Override
    public byte[] write(Tune tune) {
        return toAbc(tune).getBytes(StandardCharsets.UTF_8);
    }

    /** The ABC text of one tune, ending with a newline. */
    public String toAbc(Tune tune) {
        return new Session(tune, measuresPerLine).run();
    }

    /** The unit note length for a tune: the most common written value, kept within 1/16..1/4. */
    static Fraction unitFor(Tune tune) {
        Map<Fraction, Integer> counts = new HashMap<>();
        for (Event e : tune.events()) {
            Duration d = e instanceof Note n && !n.grace() ? n.duration()
                    : e instanceof Chord c ? c.notes().get(0).duration()
                    : e instanceof Rest r ? r.duration() : null;
            if (d != null) {
                counts.merge(d.value().length(), 1, Integer::sum);
            }
        }
        Fraction common = counts.entrySet().stream()
                .max(Map.Entry.<Fraction, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(Fraction.of(1, 8));
        if (common.compareTo(Fraction.of(1, 16)) <= 0) {
            return Fraction.of(1, 16);
        }
        return common.compareTo(Fraction.of(1, 4)) >= 0 ? Fraction.of(1, 4) : Fraction.of(1, 8);
    }

    /** The state of writing one tune: key, meter and the accidentals of the measure so far. */
    private static final class Session {

        private final Tune tune;
        private final int perLine;
        private final StringBuilder out = new StringBuilder();
        private final Fraction unit;
        private final Map<Integer, Integer> accidentals = new HashMap<>();
        private final String[][] tupletMarks;
        private KeySignature key;
        private TimeSignature meter;

        Session(Tune tune, int perLine) {
            this.tune = tune;
            this.perLine = perLine;
            this.unit = unitFor(tune);
            this.key = tune.info().key();
            this.meter = tune.info().meter();
            this.tupletMarks = planTuplets(tune);
        }

        String run() {
            header(tune.info());
            List<Measure> measures = tune.measures();
            for (int mi = 0; mi < measures.size(); mi++) {
                Measure m = measures.get(mi);
                if (m.ending() > 0) {
                    out.append('[').append(m.ending()).append(' ');
                }
                measure(m, mi);
                boolean last = mi == measures.size() - 1;
                if (!(last && m.end().equals(BarLine.NONE))) {
                    out.append(bar(m.end()));
                }
                accidentals.clear();
                if (last || (mi + 1) % perLine == 0) {
                    out.append('\n');
                }
            }
            return out.toString();
        }

        private void header(TuneInfo info) {
            out.append("X:").append(info.number()).append('\n');
            out.append("T:").append(escape(info.title())).append('\n');
            Map<String, String> sorted = new TreeMap<>(info.fields());
            String extraTitles = sorted.remove("T");
            if (extraTitles != null) {
                fieldLines("T", extraTitles);
            }
            sorted.forEach((letter, value) -> {
                if (letter.length() == 1 && Character.isLetter(letter.charAt(0))
                        && MODELLED_FIELDS.indexOf(letter.charAt(0)) < 0) {
                    fieldLines(letter, value);
                }
            });
            out.append("M:").append(AbcFields.meterText(info.meter())).append('\n');
            out.append("L:").append(unit).append('\n');
            if (info.tempoBpm() > 0) {
                out.append("Q:1/4=").append(info.tempoBpm()).append('\n');
            }
            out.append("K:").append(AbcFields.keyName(info.key()));
            if (!info.clef().equals(Clef.TREBLE)) {
                out.append(" clef=").append(AbcFields.clefName(info.clef()));
            }
            out.append('\n');
        }

        private void fieldLines(String letter, String value) {
            for (String line : value.split("\n", -1)) {
                out.append(letter).append(':').append(escape(line)).append('\n');
            }
        }

        private static String escape(String text) {
            return text.replace("%", "\\%").replace("\n", " ");
        }

        private void measure(Measure m, int mi) {
            Fraction beat = meter.isCompound() ? Fraction.of(3, 8) : Fraction.of(1, meter.beatType());
            Fraction at = Fraction.ZERO;
            List<Event> events = m.events();
            boolean inGrace = false;
            for (int ei = 0; ei < events.size(); ei++) {
                Event e = events.get(ei);
                boolean grace = e instanceof Note n && n.grace();
                if (grace && !inGrace) {
                    out.append('{');
                    inGrace = true;
                } else if (!grace && inGrace) {
                    out.append('}');
                    inGrace = false;
                }
                if (tupletMarks[mi][ei] != null) {
                    out.append(tupletMarks[mi][ei]);
                }
                event(e);
                if (!grace && !e.length().isZero()) {
                    at = at.plus(e.length());
                    if (at.dividedBy(beat).denominator() == 1 && ei < events.size() - 1) {
                        out.append(' ');
                    }
                }
            }
            if (inGrace) {
                out.append('}');
            }
        }

        private void event(Event e) {
            if (e instanceof Note n) {
                out.append(decorations(n.decorations()));
                out.append(pitch(n.pitch()));
                out.append(AbcLengths.text(n.duration().writtenLength(), unit));
                if (n.tieToNext()) {
                    out.append('-');
                }
            } else if (e instanceof Chord c) {
                chord(c);
            } else if (e instanceof Rest r) {
                if (r.fermata()) {
                    out.append("!fermata!");
                }
                out.append('z').append(AbcLengths.text(r.duration().writtenLength(), unit));
            } else if (e instanceof MultiRest m) {
                out.append('Z');
                if (m.measures() > 1) {
                    out.append(m.measures());
                }
            } else if (e instanceof KeyChange k) {
                key = k.key();
                out.append("[K:").append(AbcFields.keyName(k.key())).append(']');
            } else if (e instanceof MeterChange m) {
                meter = m.meter();
                out.append("[M:").append(AbcFields.meterText(m.meter())).append(']');
            } else if (e instanceof ClefChange c) {
                out.append("[K:clef=").append(AbcFields.clefName(c.clef())).append(']');
            }
        }

        private void chord(Chord c) {
            Set<Decoration> common = EnumSet.allOf(Decoration.class);
            boolean allTied = true;
            for (Note n : c.notes()) {
                common.retainAll(n.decorations());
                allTied &= n.tieToNext();
            }
            out.append(decorations(common)).append('[');
            for (Note n : c.notes()) {
                Set<Decoration> own = EnumSet.noneOf(Decoration.class);
                own.addAll(n.decorations());
                own.removeAll(common);
                out.append(decorations(own)).append(pitch(n.pitch()));
                if (n.tieToNext() && !allTied) {
                    out.append('-');
                }
            }
            out.append(']').append(AbcLengths.text(c.notes().get(0).duration().writtenLength(), unit));
            if (allTied) {
                out.append('-');
            }
        }

        /** The note letter with octave marks and, where the key and measure do not give it, an accidental. */
        private String pitch(Pitch p) {
            StringBuilder sb = new StringBuilder();
            int index = p.diatonicIndex();
            Integer carried = accidentals.get(index);
            int implied = carried != null ? carried : key.alterOf(p.step());
            if (implied != p.alter()) {
                sb.append(switch (p.alter()) {
                    case -2 -> "__";
                    case -1 -> "_";
                    case 1 -> "^";
                    case 2 -> "^^";
                    default -> "=";
                });
                accidentals.put(index, p.alter());
            }
            if (p.octave() >= 5) {
                sb.append(Character.toLowerCase(p.step().name().charAt(0))).append("'".repeat(p.octave() - 5));
            } else {
                sb.append(p.step().name()).append(",".repeat(4 - p.octave()));
            }
            return sb.toString();
        }

        private static String decorations(Set<Decoration> decorations) {
            StringBuilder sb = new StringBuilder();
            for (Decoration d : Decoration.values()) {
                if (decorations.contains(d)) {
                    sb.append(switch (d) {
                        case FERMATA -> "!fermata!";
                        case TRILL -> "!trill!";
                        case STACCATO -> ".";
                        case ACCENT -> "!accent!";
                        case TENUTO -> "!tenuto!";
                        case MORDENT -> "!mordent!";
                        case TURN -> "!turn!";
                        case ROLL -> "~";
                        case UPBOW -> "!upbow!";
                        case DOWNBOW -> "!downbow!";
                        case OTHER -> "";
                    });
                }
            }
            return sb.toString();
        }

        private static String bar(BarLine b) {
            String middle = switch (b.style()) {
                case SINGLE -> "|";
                case DOUBLE -> "||";
                case FINAL -> "|]";
                case HEAVY_LIGHT -> "[|";
                case INVISIBLE -> "[|]";
            };
            return (b.repeatEnd() ? ":" : "") + middle + (b.repeatStart() ? ":" : "");
        }

        /**
         * Where each tuplet mark goes: a run of sounding events with the same ratio is written in
         * groups of {@code actual} when it divides evenly, else as one group that names its count.
         */
        private static String[][] planTuplets(Tune tune) {
            List<Measure> ms = tune.measures();
            String[][] marks = new String[ms.size()][];
            List<int[]> run = new ArrayList<>();
            Tuplet runTuplet = Tuplet.NONE;
            TimeSignature meter = tune.info().meter();
            List<TimeSignature> runMeters = new ArrayList<>();
            for (int mi = 0; mi < ms.size(); mi++) {
                List<Event> events = ms.get(mi).events();
                marks[mi] = new String[events.size()];
                for (int ei = 0; ei < events.size(); ei++) {
                    Event e = events.get(ei);
                    if (e instanceof MeterChange m) {
                        meter = m.meter();
                    }
                    Tuplet t = tupletOf(e);
                    if (t == null) {
                        if (e instanceof MultiRest) {
                            mark(marks, run, runTuplet, runMeters);
                            runTuplet = Tuplet.NONE;
                        }
                        continue;
                    }
                    if (!t.equals(runTuplet)) {
                        mark(marks, run, runTuplet, runMeters);
                        runTuplet = t;
                    }
                    if (!t.isNone()) {
                        run.add(new int[] {mi, ei});
                        runMeters.add(meter);
                    }
                }
            }
            mark(marks, run, runTuplet, runMeters);
            return marks;
        }

        private static Tuplet tupletOf(Event e) {
            if (e instanceof Note n) {
                return n.grace() ? null : n.duration().tuplet();
            }
            if (e instanceof Chord c) {
                return c.notes().get(0).duration().tuplet();
            }
            if (e instanceof Rest r) {
                return r.duration().tuplet();
            }
            return null;
        }

        private static void mark(String[][] marks, List<int[]> run, Tuplet t, List<TimeSignature> meters) {
            if (!run.isEmpty()) {
                int n = run.size();
                int group = n % t.actual() == 0 ? t.actual() : n;
                for (int k = 0; k < n; k += group) {
                    int[] at = run.get(k);
                    marks[at[0]][at[1]] = tupletText(t, group, meters.get(k));
                }
            }
            run.clear();
            meters.clear();
        }

        private static String tupletText(Tuplet t, int count, TimeSignature meter) {
            int p = t.actual();
            int q = t.normal();
            boolean defaultQ = q == AbcTuneParser.defaultNormal(p, meter);
            if (count == p) {
                return defaultQ ? "(" + p : "(" + p + ":" + q;
            }
            return "(" + p + ":" + q + ":" + count;
        }
    }
}
