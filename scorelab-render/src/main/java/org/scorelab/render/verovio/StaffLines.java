package org.scorelab.render.verovio;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the five lines of a single clean staff in a rendered image, to check the scale: a staff
 * line is a run of rows that are dark across most of the width. Tolerances elsewhere are stated
 * in interlines, so the interline must be what the renderer promised.
 *
 * @param centers the row of each line's centre, top to bottom
 */
public record StaffLines(List<Double> centers) {
    public StaffLines {
        centers = List.copyOf(centers);
    }

    /**
     * The staff lines of a clean grayscale image: rows where at least {@code 60 %} of the pixels
     * are darker than mid-gray, consecutive rows merged into one line.
     */
    public static StaffLines find(BufferedImage image) {
        Raster r = image.getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int[] row = new int[w];
        List<Double> centers = new ArrayList<>();
        int runStart = -1;
        for (int y = 0; y <= h; y++) {
            boolean line = false;
            if (y < h) {
                r.getSamples(0, y, w, 1, 0, row);
                int dark = 0;
                for (int v : row) {
                    if (v < 128) {
                        dark++;
                    }
                }
                line = dark >= 0.6 * w;
            }
            if (line && runStart < 0) {
                runStart = y;
            } else if (!line && runStart >= 0) {
                centers.add((runStart + y - 1) / 2.0);
                runStart = -1;
            }
        }
        return new StaffLines(centers);
    }

    /** Mean distance between neighbouring lines, or NaN with fewer than two lines. */
    public double interline() {
        if (centers.size() < 2) {
            return Double.NaN;
        }
        return (centers.get(centers.size() - 1) - centers.get(0)) / (centers.size() - 1);
    }
}
