package org.scorelab.omr.page;

import java.util.List;

/**
 * One five-line staff found on a page. Positions are continuous pixel coordinates (pixel
 * {@code i} covers {@code [i, i+1)}) of the <em>deskewed</em> page: the page turned back by
 * {@code skewDegrees} about {@code (centerX, centerY)}, where staff lines are horizontal. The
 * {@link #imageX}/{@link #imageY} methods map such a point to the image as given.
 *
 * @param lines         the row of each line's centre on the deskewed page, top to bottom
 * @param left          where the staff lines start on the deskewed page
 * @param right         where the staff lines end on the deskewed page
 * @param lineThickness the staff line thickness in pixels
 * @param skewDegrees   the page's skew: a horizontal line of the printed page descends to the
 *                      right by this angle in the image (y grows downwards)
 * @param centerX       the turning point, the image centre
 * @param centerY       the turning point, the image centre
 */
public record Staff(List<Double> lines, double left, double right, double lineThickness, double skewDegrees,
                    double centerX, double centerY) {
    public Staff {
        lines = List.copyOf(lines);
        if (lines.size() != 5) {
            throw new IllegalArgumentException("a staff has 5 lines, got " + lines.size());
        }
        for (int i = 1; i < 5; i++) {
            if (!(lines.get(i) > lines.get(i - 1))) {
                throw new IllegalArgumentException("staff lines must go down the page, got " + lines);
            }
        }
        if (!(left < right)) {
            throw new IllegalArgumentException("staff must have left < right, was " + left + ".." + right);
        }
    }

    /** The mean distance between neighbouring lines, the unit every tolerance is stated in. */
    public double interline() {
        return (lines.get(4) - lines.get(0)) / 4.0;
    }

    /** The top line's row on the deskewed page. */
    public double top() {
        return lines.get(0);
    }

    /** The bottom line's row on the deskewed page. */
    public double bottom() {
        return lines.get(4);
    }

    /** The image column of the deskewed point {@code (u, v)}. */
    public double imageX(double u, double v) {
        double a = Math.toRadians(skewDegrees);
        return centerX + (u - centerX) * Math.cos(a) - (v - centerY) * Math.sin(a);
    }

    /** The image row of the deskewed point {@code (u, v)}. */
    public double imageY(double u, double v) {
        double a = Math.toRadians(skewDegrees);
        return centerY + (u - centerX) * Math.sin(a) + (v - centerY) * Math.cos(a);
    }
}
