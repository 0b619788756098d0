package org.scorelab.render.dataset;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the drawn length of every multirest bar in an MEI staff ({@code multiRest @width}, which
 * Verovio honours). Verovio sizes a multirest's measure by its count, about ten interlines for
 * most; real PrIMuS incipits draw the bar short and close to what precedes it (about 6.5
 * interlines on the shared example), and a model trained only on Verovio's long bars missed it
 * there, while it read the same image with the bar stretched. The tokens do not change, only the
 * drawing. Works on the text {@code MeiWriter} writes, one element a line.
 */
public final class MultirestWidths {

    private static final Pattern MULTIREST = Pattern.compile("<multiRest ([^>]*?)\\s*/>");

    private MultirestWidths() {
    }

    /**
     * The MEI with {@code @width} set on every multirest that has none.
     *
     * @param width the bar's length in MEI virtual units (half an interline), in [4, 24]
     */
    public static String apply(String mei, double width) {
        if (!(width >= 4 && width <= 24)) {
            throw new IllegalArgumentException("multirest width must be in 4..24 virtual units, was " + width);
        }
        String value = String.format(Locale.ROOT, "%.1f", width);
        Matcher m = MULTIREST.matcher(mei);
        return m.replaceAll(r -> r.group(1).contains("width=") ? Matcher.quoteReplacement(r.group())
                : Matcher.quoteReplacement("<multiRest " + r.group(1) + " width=\"" + value + "\" />"));
    }
}
