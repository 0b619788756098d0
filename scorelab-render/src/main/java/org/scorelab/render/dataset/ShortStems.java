package org.scorelab.render.dataset;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens the stems of flagged sixteenths and shorter notes in an MEI staff, so that Verovio
 * draws their flags close to the note head, as LilyPond does: its unbeamed sixteenths have short
 * stems with two compact flags, which a model trained on Verovio's long-stemmed flags reads with
 * one flag too few. Only notes outside a {@code <beam>} are touched (beamed notes have no flags);
 * the tokens do not change, only the drawing. Works on the text {@code MeiWriter} writes, one
 * element a line.
 */
public final class ShortStems {

    private static final Pattern FLAGGED = Pattern.compile("<note ([^>]*)dur=\"(16|32|64)\"([^>]*?)\\s*/>");

    private ShortStems() {
    }

    /**
     * The MEI with {@code stem.len} set on every flagged note of 16th or shorter.
     *
     * @param length the stem length in MEI virtual units (half an interline; Verovio's default
     *               for a sixteenth is about 7), in [2, 12]
     */
    public static String apply(String mei, double length) {
        if (!(length >= 2 && length <= 12)) {
            throw new IllegalArgumentException("stem length must be in 2..12 virtual units, was " + length);
        }
        String value = String.format(Locale.ROOT, "%.1f", length);
        StringBuilder out = new StringBuilder(mei.length() + 256);
        int beams = 0;
        for (String line : mei.split("\n", -1)) {
            if (line.contains("<beam")) {
                beams++;
            }
            if (beams == 0 && !line.contains("stem.len")) {
                Matcher m = FLAGGED.matcher(line);
                line = m.replaceAll(r -> Matcher.quoteReplacement(
                        "<note " + r.group(1) + "dur=\"" + r.group(2) + "\"" + r.group(3) + " stem.len=\"" + value
                                + "\" />"));
            }
            if (line.contains("</beam>")) {
                beams--;
            }
            out.append(line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
