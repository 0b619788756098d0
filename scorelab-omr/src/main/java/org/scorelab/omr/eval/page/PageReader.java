package org.scorelab.omr.eval.page;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads the staves of a page image into tokens, one list per staff found, top to bottom. The seam
 * between the page evaluation and the recogniser: {@link ModelPageReader} reads with a trained
 * model, a test can answer with the truth to check the scoring on its own.
 */
public interface PageReader {

    /**
     * What was read on one page and how long each stage took.
     *
     * @param staves         the tokens of each staff found, top to bottom
     * @param stavesSeconds  finding, deskewing, cropping and normalising the staves
     * @param networkSeconds the network and the decoding of its output
     */
    record Reading(List<List<String>> staves, double stavesSeconds, double networkSeconds) {
        public Reading {
            staves = staves.stream().map(List::copyOf).toList();
            if (!(stavesSeconds >= 0 && networkSeconds >= 0)) {
                throw new IllegalArgumentException("seconds must be >= 0, were " + stavesSeconds + " and "
                        + networkSeconds);
            }
        }
    }

    /** Reads the page; a page without staves gives an empty reading, not an error. */
    Reading read(BufferedImage page);
}
