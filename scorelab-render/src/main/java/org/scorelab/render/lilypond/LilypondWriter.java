package org.scorelab.render.lilypond;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Chord;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
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
import org.scorelab.core.model.Tuplet;

/**
 * Writes an excerpt as the LilyPond input of one OMR sample: one staff on one line, clef, key and
 * meter at its start, and only what the semantic tokens name.
 *
 * <ul>
 *   <li>No title, tagline, bar numbers, instrument name or indent; one system
 *       ({@code ly:one-line-breaking}, which also sizes the page to the music).</li>
 *   <li>Notes are written at their sounding pitch; LilyPond shows the accidentals the key and the
 *       measure call for (its default accidental style), as the semantic tokens assume.</li>
 *   <li>Each measure's bar line is written as the model has it, and each measure's length is
 *       given to LilyPond ({@code \partial} for a short first measure, {@code Timing.measureLength}
 *       for any other irregular one), so LilyPond never moves a bar line; a bar check after every
 *       measure makes any disagreement a warning, and a warning fails the sample.</li>
 *   <li>Tuplet numbers and brackets are hidden (the semantic encoding has no tuplet token, and the
 *       Verovio samples hide them too); decorations other than the fermata and endings are not
 *       written.</li>
 *   <li>Multirests are drawn as an H-bar with the count above for every count, 1 included
 *       ({@code expand-limit} 0, {@code restNumberThreshold} 0): LilyPond would otherwise draw up
 *       to ten measures as church rests and one measure as a plain whole rest.</li>
 *   <li>A clef change at a bar line is drawn after the bar line, where the tokens put it
 *       (LilyPond's own order draws it before).</li>
 *   <li>A tie whose next note is not the same pitch (the excerpt ends, or a rest follows) is
 *       drawn as a tie into the air ({@code \laissezVibrer}): LilyPond would warn and drop it.</li>
 * </ul>
 */
public final class LilypondWriter {
    /** The LilyPond version the text is written for. */
    public static final String VERSION = "2.24.0";

    private static final String[] MAJOR_TONICS = {"ces", "ges", "des", "aes", "ees", "bes", "f", "c", "g", "d", "a", "e", "b", "fis", "cis"};

    /** The three break-align orders of LilyPond 2.24 with the clef moved after the bar line in mid-line. */
    private static final String BREAK_ALIGN_ORDERS = "#(vector\n"
            + "      '(left-edge staff-ellipsis cue-end-clef ambitus breathing-sign signum-repetitionis clef cue-clef staff-bar"
            + " key-cancellation key-signature time-signature custos)\n"
            + "      '(left-edge staff-ellipsis cue-end-clef ambitus breathing-sign signum-repetitionis staff-bar clef cue-clef"
            + " key-cancellation key-signature time-signature custos)\n"
            + "      '(left-edge staff-ellipsis ambitus breathing-sign signum-repetitionis clef key-cancellation key-signature"
            + " time-signature staff-bar cue-clef custos))";

    /**
     * Why LilyPond would draw {@code tune} differently from its semantic tokens, or null: a clef
     * with an octave shift (LilyPond draws the small 8 the token {@code clef-G2} does not name) or
     * a clef that is not one of the ten PrIMuS clefs.
     */
    public static String refusal(Tune tune) {
        String clef = clefProblem(tune.info().clef());
        if (clef != null) {
            return clef;
        }
        for (Event e : tune.events()) {
            if (e instanceof ClefChange c && clefProblem(c.clef()) != null) {
                return clefProblem(c.clef());
            }
        }
        return null;
    }

    private static String clefProblem(Clef c) {
        if (c.octaveShift() != 0) {
            return "a " + c.code() + " clef with an octave shift of " + c.octaveShift() + ", which the semantic tokens do not name";
        }
        boolean primus = switch (c.sign()) {
            case G -> c.line() <= 2;
            case F -> c.line() >= 3;
            case C -> true;
        };
        return primus ? null : "a " + c.code() + " clef, which is not one of the ten PrIMuS clefs";
    }

    /**
     * The LilyPond text of one staff.
     *
     * @throws IllegalArgumentException for a tune {@link #refusal} turns down
     */
    public String ly(Tune tune, LilypondStyle style) {
        String refused = refusal(tune);
        if (refused != null) {
            throw new IllegalArgumentException("cannot write for LilyPond: " + refused);
        }
        StringBuilder sb = new StringBuilder(2048);
        sb.append("\\version \"").append(VERSION).append("\"\n")
                .append("\\header { tagline = ##f }\n")
                .append("\\paper { indent = 0 page-breaking = #ly:one-line-breaking }\n")
                .append("\\layout {\n  \\context {\n    \\Score\n    \\omit BarNumber\n")
                .append("    skipBars = ##t\n    restNumberThreshold = #0\n")
                .append("    \\override MultiMeasureRest.expand-limit = #0\n")
                .append(String.format(Locale.ROOT, "    \\override SpacingSpanner.spacing-increment = #%.3f%n", style.spacingIncrement()))
                .append("    \\override BreakAlignment.break-align-orders = ").append(BREAK_ALIGN_ORDERS).append('\n')
                .append("  }\n  \\context {\n    \\Voice\n    \\omit TupletNumber\n    \\omit TupletBracket\n");
        if (!style.beamed()) {
            sb.append("    autoBeaming = ##f\n");
        }
        sb.append("  }\n}\n\\score {\n  {\n");
        new Music(tune, sb).write();
        sb.append("  }\n}\n");
        return sb.toString();
    }

    /** The writing of one tune's music: the state LilyPond keeps (meter, measure length, open tuplet). */
    private static final class Music {
        private final Tune tune;
        private final StringBuilder sb;
        /** Every timed event in order (chords as their top note), to see what a tie leads to. */
        private final List<Event> timed = new ArrayList<>();
        private final List<Note> graces = new ArrayList<>();
        private int timedIndex;
        private TimeSignature meter;
        /** LilyPond's {@code Timing.measureLength} now. */
        private Fraction measureLength;
        private Tuplet openTuplet;

        Music(Tune tune, StringBuilder sb) {
            this.tune = tune;
            this.sb = sb;
            for (Event e : tune.events()) {
                if (e instanceof Chord c) {
                    timed.add(c.top());
                } else if (e instanceof Note n && !n.grace() || e instanceof Rest || e instanceof MultiRest) {
                    timed.add(e);
                }
            }
        }

        void write() {
            sb.append("    ").append(clef(tune.info().clef())).append(' ').append(key(tune.info().key())).append(' ');
            meter(tune.info().meter());
            sb.append('\n');
            List<Measure> measures = tune.measures();
            for (int mi = 0; mi < measures.size(); mi++) {
                measure(measures.get(mi), mi == 0);
            }
        }

        private void meter(TimeSignature t) {
            meter = t;
            measureLength = meterLength(t);
            sb.append(switch (t.symbol()) {
                case COMMON -> "\\defaultTimeSignature \\time 4/4";
                case CUT -> "\\defaultTimeSignature \\time 2/2";
                case NONE -> "\\once \\omit Staff.TimeSignature \\time 4/4";
                case NUMBERS -> "\\numericTimeSignature \\time " + t.beats() + "/" + t.beatType();
            });
        }

        private void measure(Measure m, boolean first) {
            List<Event> events = m.events();
            sb.append("   ");
            int i = 0;
            while (i < events.size() && isAttribute(events.get(i))) {
                attribute(events.get(i));
                i++;
            }
            boolean multirest = events.stream().anyMatch(e -> e instanceof MultiRest);
            Fraction length = multirest ? meterLength(meter) : m.length();
            if (!length.isZero() && !length.equals(measureLength)) {
                if (first && length.compareTo(measureLength) < 0) {
                    sb.append(" \\partial ").append(multiplied(length));
                } else {
                    sb.append(" \\set Timing.measureLength = #(ly:make-moment ")
                            .append(length.numerator()).append('/').append(length.denominator()).append(')');
                    measureLength = length;
                }
            }
            for (; i < events.size(); i++) {
                event(events.get(i));
            }
            flushGraces();
            closeTuplet();
            sb.append(" \\bar \"").append(bar(m.end())).append("\" |\n");
        }

        private static boolean isAttribute(Event e) {
            return e instanceof ClefChange || e instanceof KeyChange || e instanceof MeterChange;
        }

        private void attribute(Event e) {
            flushGraces();
            if (e instanceof ClefChange c) {
                sb.append(' ').append(clef(c.clef()));
            } else if (e instanceof KeyChange k) {
                sb.append(' ').append(key(k.key()));
            } else if (e instanceof MeterChange mc) {
                sb.append(' ');
                meter(mc.meter());
            }
        }

        private void event(Event e) {
            if (isAttribute(e)) {
                attribute(e);
            } else if (e instanceof Note n && n.grace()) {
                graces.add(n);
            } else if (e instanceof Chord c && c.top().grace()) {
                graces.add(c.top());
            } else if (e instanceof Note || e instanceof Chord) {
                Note n = e instanceof Chord c ? c.top() : (Note) e;
                tuplet(n.duration().tuplet());
                flushGraces();
                sb.append(' ').append(pitch(n.pitch())).append(duration(n.duration()));
                if (n.hasFermata()) {
                    sb.append("\\fermata");
                }
                if (n.tieToNext()) {
                    sb.append(tiedTo(n) ? " ~" : " \\laissezVibrer");
                }
                timedIndex++;
            } else if (e instanceof Rest r) {
                tuplet(r.duration().tuplet());
                flushGraces();
                sb.append(" r").append(duration(r.duration()));
                if (r.fermata()) {
                    sb.append("\\fermata");
                }
                timedIndex++;
            } else if (e instanceof MultiRest mr) {
                closeTuplet();
                flushGraces();
                sb.append(" R").append(multiplied(measureLength.times(mr.measures())));
                timedIndex++;
            }
        }

        /** Whether the next timed event is a note LilyPond can tie {@code n} to: the same pitch. */
        private boolean tiedTo(Note n) {
            return timedIndex + 1 < timed.size() && timed.get(timedIndex + 1) instanceof Note next
                    && next.pitch().equals(n.pitch());
        }

        private void tuplet(Tuplet t) {
            if (t.isNone()) {
                closeTuplet();
            } else if (!t.equals(openTuplet)) {
                closeTuplet();
                sb.append(" \\tuplet ").append(t.actual()).append('/').append(t.normal()).append(" {");
                openTuplet = t;
            }
        }

        private void closeTuplet() {
            if (openTuplet != null) {
                sb.append(" }");
                openTuplet = null;
            }
        }

        private void flushGraces() {
            if (graces.isEmpty()) {
                return;
            }
            sb.append(" \\grace {");
            for (Note g : graces) {
                sb.append(' ').append(pitch(g.pitch())).append(duration(g.duration().withTuplet(Tuplet.NONE)));
            }
            sb.append(" }");
            graces.clear();
        }
    }

    /** A full measure of {@code t}; a free meter is drawn as a hidden 4/4 with each measure's length given. */
    static Fraction meterLength(TimeSignature t) {
        return t.symbol() == TimeSignature.Symbol.NONE ? Fraction.ONE : t.measureLength();
    }

    /** A length as a whole note scaled: {@code 1*3/4}. */
    static String multiplied(Fraction length) {
        return "1*" + length.numerator() + "/" + length.denominator();
    }

    /** LilyPond's name of one of the ten PrIMuS clefs; others throw {@link IllegalArgumentException}. */
    static String clef(Clef c) {
        String name = switch (c.sign()) {
            case G -> switch (c.line()) {
                case 1 -> "french";
                case 2 -> "treble";
                default -> null;
            };
            case F -> switch (c.line()) {
                case 3 -> "varbaritone";
                case 4 -> "bass";
                case 5 -> "subbass";
                default -> null;
            };
            case C -> switch (c.line()) {
                case 1 -> "soprano";
                case 2 -> "mezzosoprano";
                case 3 -> "alto";
                case 4 -> "tenor";
                default -> "baritone";
            };
        };
        if (name == null) {
            throw new IllegalArgumentException("no PrIMuS clef sits on line " + c.line() + " of a " + c.sign() + " clef");
        }
        return "\\clef \"" + name + "\"";
    }

    /** {@code \key ees \major}: the major key with the signature, as the semantic token names it. */
    static String key(KeySignature k) {
        return "\\key " + MAJOR_TONICS[k.fifths() + 7] + " \\major";
    }

    /** LilyPond's (Dutch) name of a sounding pitch: {@code fis''} is F#5, {@code bes,} is Bb2. */
    static String pitch(Pitch p) {
        StringBuilder sb = new StringBuilder(8);
        sb.append(Character.toLowerCase(p.step().name().charAt(0)));
        sb.append(switch (p.alter()) {
            case -2 -> "eses";
            case -1 -> "es";
            case 1 -> "is";
            case 2 -> "isis";
            default -> "";
        });
        int marks = p.octave() - 3;
        for (int i = 0; i < Math.abs(marks); i++) {
            sb.append(marks > 0 ? '\'' : ',');
        }
        return sb.toString();
    }

    /** The written value and its dots: {@code 4.}, {@code 16}, {@code \breve}. */
    static String duration(Duration d) {
        String value = switch (d.value()) {
            case QUADRUPLE_WHOLE -> "\\longa";
            case DOUBLE_WHOLE -> "\\breve";
            case WHOLE -> "1";
            case HALF -> "2";
            case QUARTER -> "4";
            case EIGHTH -> "8";
            case SIXTEENTH -> "16";
            case THIRTY_SECOND -> "32";
            case SIXTY_FOURTH -> "64";
            case HUNDRED_TWENTY_EIGHTH -> "128";
        };
        return value + ".".repeat(d.dots());
    }

    /** The bar line that closes a measure; repeats as LilyPond's repeat bar lines. */
    static String bar(BarLine b) {
        if (b.repeatEnd() && b.repeatStart()) {
            return ":|.|:";
        }
        if (b.repeatEnd()) {
            return ":|.";
        }
        if (b.repeatStart()) {
            return ".|:";
        }
        return switch (b.style()) {
            case SINGLE -> "|";
            case DOUBLE -> "||";
            case FINAL -> "|.";
            case HEAVY_LIGHT -> ".|";
            case INVISIBLE -> "";
        };
    }
}
