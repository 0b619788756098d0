package org.scorelab.omr.eval.page;

import java.util.List;
import org.scorelab.omr.eval.SymbolErrorRate;

/**
 * The pages of one run taken together.
 *
 * @param pages           pages scored
 * @param rate            all pages' errors over all pages' reference tokens (each page one sample)
 * @param meanPageSer     the mean of the pages' own SERs
 * @param pagesWithin2    pages with an SER of at most 2% (the target)
 * @param stavesDrawn     staves drawn on all pages
 * @param stavesFound     staves found on all pages
 * @param pagesMiscounted pages where the staves found differ in number from those drawn
 * @param staffRate       staff by staff over the pages whose staves could be paired, or
 *                        {@link SymbolErrorRate#EMPTY} when none could
 * @param decodeSeconds   mean seconds per page reading the file
 * @param stavesSeconds   mean seconds per page finding and normalising the staves
 * @param networkSeconds  mean seconds per page in the network
 * @param joinSeconds     mean seconds per page joining
 */
public record PageSummary(int pages, SymbolErrorRate rate, double meanPageSer, int pagesWithin2, int stavesDrawn,
                          int stavesFound, int pagesMiscounted, SymbolErrorRate staffRate, double decodeSeconds,
                          double stavesSeconds, double networkSeconds, double joinSeconds) {

    /** The page SER the issue asks for. */
    public static final double TARGET = 0.02;

    /** Sums and means over the pages; all zero for none. */
    public static PageSummary of(List<PageScore> scores) {
        SymbolErrorRate rate = SymbolErrorRate.EMPTY;
        SymbolErrorRate staff = SymbolErrorRate.EMPTY;
        double serSum = 0;
        int within = 0;
        int drawn = 0;
        int found = 0;
        int miscounted = 0;
        double decode = 0;
        double staves = 0;
        double network = 0;
        double join = 0;
        for (PageScore s : scores) {
            rate = rate.plus(s.rate());
            serSum += s.rate().ser();
            within += s.rate().ser() <= TARGET ? 1 : 0;
            drawn += s.page().stavesDrawn();
            found += s.stavesFound();
            miscounted += s.stavesMatch() ? 0 : 1;
            if (s.staffRate() != null) {
                staff = staff.plus(s.staffRate());
            }
            decode += s.decodeSeconds();
            staves += s.stavesSeconds();
            network += s.networkSeconds();
            join += s.joinSeconds();
        }
        int n = Math.max(1, scores.size());
        return new PageSummary(scores.size(), rate, serSum / n, within, drawn, found, miscounted, staff, decode / n,
                staves / n, network / n, join / n);
    }

    /** Mean recognition seconds per page, end to end. */
    public double secondsPerPage() {
        return decodeSeconds + stavesSeconds + networkSeconds + joinSeconds;
    }
}
