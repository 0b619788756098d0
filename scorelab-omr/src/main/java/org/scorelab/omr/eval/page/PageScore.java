package org.scorelab.omr.eval.page;

import java.util.List;
import org.scorelab.omr.eval.SymbolErrorRate;

/**
 * How one page was read.
 *
 * @param page           the page
 * @param stavesFound    staves the reader found (the page has {@link PageCase#stavesDrawn()})
 * @param rate           the page's SER: the joined part against the whole tune, both without
 *                       restatements ({@link Restatements})
 * @param staffRate      the staves read against the systems drawn, staff by staff, each with its
 *                       restated signs as in training; null when the counts differ, because
 *                       then staves cannot be paired
 * @param reference      the whole tune's tokens without restatements
 * @param recognized     the joined part's tokens without restatements
 * @param decodeSeconds  reading the image file
 * @param stavesSeconds  finding and normalising the staves
 * @param networkSeconds recognising them
 * @param joinSeconds    joining the staves into one part
 */
public record PageScore(PageCase page, int stavesFound, SymbolErrorRate rate, SymbolErrorRate staffRate,
                        List<String> reference, List<String> recognized, double decodeSeconds, double stavesSeconds,
                        double networkSeconds, double joinSeconds) {

    public PageScore {
        if (page == null || rate == null) {
            throw new IllegalArgumentException("page and rate are required");
        }
        reference = List.copyOf(reference);
        recognized = List.copyOf(recognized);
    }

    /** Whether as many staves were found as drawn. */
    public boolean stavesMatch() {
        return stavesFound == page.stavesDrawn();
    }

    /** Recognition time of the page, end to end (file read to joined part). */
    public double seconds() {
        return decodeSeconds + stavesSeconds + networkSeconds + joinSeconds;
    }
}
