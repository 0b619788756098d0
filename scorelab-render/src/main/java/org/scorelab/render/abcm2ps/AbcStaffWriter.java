package org.scorelab.render.abcm2ps;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorelab.core.abc.AbcWriter;
import org.scorelab.core.model.Decoration;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MultiRest;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.Tune;

/**
 * Writes an excerpt as the ABC abcm2ps draws for an OMR sample: one staff line, clef, key and
 * meter at its start, and nothing the Verovio samples do not show either.
 *
 * <ul>
 *   <li>The music is written by {@link AbcWriter}; of its header only {@code X M L K} are kept,
 *       so no title, tempo or other field that could name a label is drawn.</li>
 *   <li>Decorations other than the fermata and first/second endings are dropped: the MEI the
 *       Verovio samples are drawn from has neither, and the semantic tokens name neither.</li>
 *   <li>Tuplet numbers are hidden ({@code %%tuplets 1 0 0}), as in the Verovio samples.</li>
 *   <li>abcm2ps ignores {@code L:} for grace notes: it reads a grace note's length as a multiple
 *       of an eighth when it stands alone and of a sixteenth in a group of two or more. The
 *       lengths in grace groups are rewritten so that it draws the value the tokens name.</li>
 *   <li>One measure of rest written as a multirest ({@code Z}) is drawn by abcm2ps as a plain
 *       whole-measure rest, not as a numbered bar, and abcm2ps refuses multirests of more than
 *       100 measures: {@link #refusal} turns such excerpts down.</li>
 * </ul>
 */
public final class AbcStaffWriter {
    /** Header fields kept: the reference number abcm2ps needs and the fields that shape the staff. */
    /** The longest multirest abcm2ps 8.14 draws; it refuses {@code Z101} and beyond. */
    public static final int MAX_MULTIREST = 100;
    private static final Set<Character> KEPT_FIELDS = Set.of('X', 'M', 'L', 'K');
    private static final Pattern GRACE_GROUP = Pattern.compile("\\{([^}]*)}");
    private static final Pattern GRACE_NOTE = Pattern.compile("(\\^\\^|\\^|__|_|=)?([A-Ga-g][,']*)([0-9]*)(/([0-9]*))?");

    private final AbcWriter writer = new AbcWriter(Integer.MAX_VALUE);

    /**
     * Why abcm2ps would draw {@code tune} differently from its semantic tokens, or null: a
     * multirest of one measure (abcm2ps draws a whole-measure rest) or of more than
     * {@link #MAX_MULTIREST} (abcm2ps refuses it).
     */
    public static String refusal(Tune tune) {
        for (Event e : tune.events()) {
            if (e instanceof MultiRest m && m.measures() == 1) {
                return "a multirest of one measure, which abcm2ps draws as a whole-measure rest";
            }
            if (e instanceof MultiRest m && m.measures() > MAX_MULTIREST) {
                return "a multirest of " + m.measures() + " measures; abcm2ps draws at most " + MAX_MULTIREST;
            }
        }
        return null;
    }

    /** The tune with only what the samples draw: fermatas as the only decorations, no endings. */
    public static Tune drawable(Tune tune) {
        List<Measure> out = new ArrayList<>(tune.measures().size());
        for (Measure m : tune.measures()) {
            List<Event> events = new ArrayList<>(m.events().size());
            for (Event e : m.events()) {
                if (e instanceof Note n && !n.decorations().isEmpty()) {
                    Set<Decoration> kept = n.hasFermata() ? EnumSet.of(Decoration.FERMATA) : Set.of();
                    events.add(new Note(n.pitch(), n.duration(), n.tieToNext(), n.grace(), kept));
                } else {
                    events.add(e);
                }
            }
            out.add(new Measure(events, m.end(), 0));
        }
        return tune.withMeasures(out);
    }

    /** The ABC text of one staff: format lines for abcm2ps, then the tune. */
    public String abc(Tune tune, Abcm2psStyle style) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("%%pagewidth 400cm\n")
                .append("%%leftmargin 1cm\n%%rightmargin 1cm\n")
                .append("%%topspace 0\n%%topmargin 1cm\n%%botmargin 1cm\n")
                .append("%%stretchlast 0\n%%stretchstaff 0\n")
                .append("%%measurenb -1\n")
                .append("%%tuplets 1 0 0\n")
                .append(String.format(Locale.ROOT, "%%%%notespacingfactor %.3f\n", style.noteSpacing()));
        boolean inHeader = true;
        long[] unit = {1, 8};
        for (String line : writer.toAbc(drawable(tune)).split("\n")) {
            if (inHeader) {
                // the writer's header ends with K:, the music follows
                if (KEPT_FIELDS.contains(line.charAt(0)) && line.length() >= 2 && line.charAt(1) == ':') {
                    sb.append(line).append('\n');
                }
                if (line.startsWith("L:")) {
                    String[] parts = line.substring(2).strip().split("/");
                    unit = new long[] {Long.parseLong(parts[0]), parts.length > 1 ? Long.parseLong(parts[1]) : 1};
                }
                inHeader = !line.startsWith("K:");
            } else if (!line.isBlank()) {
                sb.append(graceLengthsFixed(line, unit[0], unit[1])).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * A line of music with the lengths of its grace notes rewritten from multiples of the unit
     * note length {@code unitNum/unitDen} to the multiples abcm2ps reads: of an eighth for a grace
     * note alone, of a sixteenth in a group.
     */
    static String graceLengthsFixed(String line, long unitNum, long unitDen) {
        Matcher groups = GRACE_GROUP.matcher(line);
        StringBuilder out = new StringBuilder(line.length() + 16);
        while (groups.find()) {
            String inner = groups.group(1);
            Matcher notes = GRACE_NOTE.matcher(inner);
            int count = 0;
            while (notes.find()) {
                count++;
            }
            // written length = m * unit; abcm2ps draws m' * (1/8 or 1/16), so m' = m * unit * (8 or 16)
            long num = unitNum * (count < 2 ? 8 : 16);
            long den = unitDen;
            String fixed = GRACE_NOTE.matcher(inner).replaceAll(m ->
                    Matcher.quoteReplacement((m.group(1) == null ? "" : m.group(1)) + m.group(2)
                            + scaled(m.group(3), m.group(4) == null ? null : m.group(5), num, den)));
            groups.appendReplacement(out, Matcher.quoteReplacement("{" + fixed + "}"));
        }
        groups.appendTail(out);
        return out.toString();
    }

    /** An ABC length ({@code ""}, {@code 3}, {@code /}, {@code /4}, {@code 3/2}) times {@code byNum/byDen}. */
    static String scaled(String numerator, String denominator, long byNum, long byDen) {
        long num = (numerator.isEmpty() ? 1 : Long.parseLong(numerator)) * byNum;
        long den = (denominator == null ? 1 : denominator.isEmpty() ? 2 : Long.parseLong(denominator)) * byDen;
        long g = gcd(num, den);
        num /= g;
        den /= g;
        if (den == 1) {
            return num == 1 ? "" : Long.toString(num);
        }
        if (num == 1 && den == 2) {
            return "/";
        }
        return (num == 1 ? "" : Long.toString(num)) + "/" + den;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
