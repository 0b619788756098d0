package org.scorelab.render.verovio;

import java.util.List;

/**
 * One page of a page layout: the image and where Verovio put each system on it.
 *
 * @param image   the page as an 8-bit grayscale PNG
 * @param page    which page this is, from 1
 * @param pages   how many pages the whole piece fills
 * @param systems the systems on this page, top to bottom
 */
public record RenderedPage(RenderedImage image, int page, int pages, List<SystemLayout> systems) {
    public RenderedPage {
        if (image == null) {
            throw new IllegalArgumentException("image must not be null");
        }
        if (page < 1 || page > pages) {
            throw new IllegalArgumentException("page must be in 1.." + pages + ", was " + page);
        }
        systems = List.copyOf(systems);
    }

    /**
     * One system as Verovio laid it out.
     *
     * @param measures the MEI {@code @n} of each measure on the system, in order
     * @param staves   the staves of the system, top to bottom
     */
    public record SystemLayout(List<String> measures, List<StaffLayout> staves) {
        public SystemLayout {
            measures = List.copyOf(measures);
            staves = List.copyOf(staves);
        }
    }

    /**
     * One staff of a system, in image pixels.
     *
     * @param lines the row of each of the five lines' centres, top to bottom
     * @param left  where the lines start
     * @param right where the lines end
     */
    public record StaffLayout(List<Double> lines, double left, double right) {
        public StaffLayout {
            lines = List.copyOf(lines);
            if (lines.size() != 5) {
                throw new IllegalArgumentException("a staff has 5 lines, got " + lines.size());
            }
            if (!(left < right)) {
                throw new IllegalArgumentException("staff must have left < right, was " + left + ".." + right);
            }
        }

        /** The mean distance between neighbouring lines. */
        public double interline() {
            return (lines.get(4) - lines.get(0)) / 4.0;
        }
    }
}
