package org.scorelab.render.abcm2ps;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorelab.render.verovio.RenderException;

/**
 * Trims abcm2ps's SVG page to its staff. abcm2ps draws one line on a page as wide as
 * {@code %%pagewidth} (kept wide so that no excerpt wraps); rasterising all that paper would cost
 * more than the music, so the page is cut just right of the staff's end before it is rasterised.
 */
final class SvgStaff {
    /** The five staff lines: {@code d="m67.20 59.00 h681.60 M67.20 53.00 ..."}. */
    private static final Pattern STAFF = Pattern.compile("d=\"m([0-9.]+) ([0-9.]+)\\s+h([0-9.]+)");
    private static final Pattern WIDTH = Pattern.compile("(<svg[^>]*?\\swidth=\")([0-9.]+)(px\")");
    /** Paper kept right of the staff's end, in SVG units (an interline is 6). */
    private static final double RIGHT_PAPER = 24;

    private SvgStaff() {
    }

    /** The SVG with its width cut to the end of the first staff plus a little paper. */
    static String trimmed(String svg) throws RenderException {
        Matcher staff = STAFF.matcher(svg);
        if (!staff.find()) {
            throw new RenderException("abcm2ps drew no staff lines");
        }
        double right = Double.parseDouble(staff.group(1)) + Double.parseDouble(staff.group(3)) + RIGHT_PAPER;
        Matcher width = WIDTH.matcher(svg);
        if (!width.find()) {
            throw new RenderException("abcm2ps's SVG has no width in px");
        }
        if (Double.parseDouble(width.group(2)) <= right) {
            return svg;
        }
        return svg.substring(0, width.start(2)) + String.format(Locale.ROOT, "%.2f", right) + svg.substring(width.end(2));
    }
}
