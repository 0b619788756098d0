package org.scorelab.render.lilypond;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scorelab.render.verovio.RenderException;

/**
 * Cuts LilyPond's SVG page to its staff and sizes it in staff spaces. LilyPond's SVG user unit is
 * one staff space (its staff lines are one unit apart) while the page is sized in millimetres;
 * the page's width already fits the music ({@code ly:one-line-breaking}) but its height is a whole
 * A4 page. The SVG returned is {@link #PAD} staff spaces above and below the staff high and as wide
 * as the page, with its size given as {@link #PX_PER_SPACE} px per staff space, so that rasterising
 * it at a zoom of 9 gives an interline of 18 px (the rasteriser's zoom goes up to 16).
 */
final class LilypondSvg {
    /** Staff spaces kept above the top and below the bottom staff line: room for ledger lines, fermatas and numbers. */
    static final double PAD = 12;
    /** Size of a staff space in the returned SVG's width and height, in px. */
    static final double PX_PER_SPACE = 2;
    private static final Pattern ROOT = Pattern.compile("<svg[^>]*>");
    private static final Pattern SIZE = Pattern.compile("\\swidth=\"[^\"]*\"\\s+height=\"[^\"]*\"");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([-0-9.]+) ([-0-9.]+) ([0-9.]+) ([0-9.]+)\"");
    /** A horizontal line in its own translated group, as LilyPond draws staff lines. */
    private static final Pattern LINE = Pattern.compile(
            "<g transform=\"translate\\(([-0-9.]+), ([-0-9.]+)\\)\">\\s*<line [^>]*x1=\"([-0-9.]+)\" y1=\"0\" x2=\"([-0-9.]+)\" y2=\"0\"");

    private LilypondSvg() {
    }

    /** The SVG cut to the staff with its size in staff spaces. */
    static String trimmed(String svg) throws RenderException {
        Matcher root = ROOT.matcher(svg);
        if (!root.find()) {
            throw new RenderException("LilyPond's output is not an SVG document");
        }
        Matcher box = VIEW_BOX.matcher(root.group());
        if (!box.find()) {
            throw new RenderException("LilyPond's SVG has no viewBox");
        }
        double x = Double.parseDouble(box.group(1));
        double y = Double.parseDouble(box.group(2));
        double w = Double.parseDouble(box.group(3));
        double h = Double.parseDouble(box.group(4));
        double[] staff = staff(svg);
        double top = Math.max(y, staff[0] - PAD);
        double bottom = Math.min(y + h, staff[1] + PAD);
        String newRoot = SIZE.matcher(root.group()).replaceFirst("");
        newRoot = VIEW_BOX.matcher(newRoot).replaceFirst(String.format(Locale.ROOT, "width=\"%.4f\" height=\"%.4f\" viewBox=\"%.4f %.4f %.4f %.4f\"",
                w * PX_PER_SPACE, (bottom - top) * PX_PER_SPACE, x, top, w, bottom - top));
        return svg.substring(0, root.start()) + newRoot + svg.substring(root.end());
    }

    /** The y of the top and bottom staff line: the five longest horizontal lines, one unit apart. */
    static double[] staff(String svg) throws RenderException {
        Matcher m = LINE.matcher(svg);
        List<double[]> lines = new ArrayList<>();
        double longest = 0;
        while (m.find()) {
            double length = Double.parseDouble(m.group(4)) - Double.parseDouble(m.group(3));
            lines.add(new double[] {Double.parseDouble(m.group(2)), length});
            longest = Math.max(longest, length);
        }
        List<Double> ys = new ArrayList<>();
        for (double[] l : lines) {
            if (l[1] >= 0.9 * longest) {
                ys.add(l[0]);
            }
        }
        if (ys.size() != 5) {
            throw new RenderException("LilyPond drew " + ys.size() + " staff lines, expected 5");
        }
        double min = ys.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = ys.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (Math.abs(max - min - 4) > 0.01) {
            throw new RenderException(String.format(Locale.ROOT, "LilyPond's staff lines span %.3f units, expected 4 staff spaces", max - min));
        }
        return new double[] {min, max};
    }
}
