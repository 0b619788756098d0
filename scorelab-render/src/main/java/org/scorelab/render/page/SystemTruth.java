package org.scorelab.render.page;

import java.util.List;

/**
 * The ground truth of one system (one staff: the tunes are monophonic) on a clean page.
 * Coordinates are continuous pixels of the clean page (pixel {@code i} covers {@code [i, i+1)});
 * on a skewed scan they are where the deskewed page has them, see {@link ScanDegradation#toScanX}.
 *
 * @param measures the tune's measures on this system, numbered from 1 in tune order
 * @param lines    the row of each of the five staff lines' centres, top to bottom
 * @param left     where the staff lines start
 * @param right    where the staff lines end
 */
public record SystemTruth(List<Integer> measures, List<Double> lines, double left, double right) {
    public SystemTruth {
        measures = List.copyOf(measures);
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

    /** The mean distance between neighbouring staff lines. */
    public double interline() {
        return (lines.get(4) - lines.get(0)) / 4.0;
    }
}
