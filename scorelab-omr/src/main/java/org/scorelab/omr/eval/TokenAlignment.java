package org.scorelab.omr.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cheapest alignment of recognised tokens against the truth (the edit distance that the SER
 * counts, with its path): what marks the wrong tokens on the demo's page and what {@link
 * TokenErrors} tallies.
 */
public final class TokenAlignment {
    private TokenAlignment() {
    }

    /** What happened to one token. */
    public enum Kind {
        /** recognised as in the truth */
        SAME,
        /** recognised as another token */
        SUBSTITUTED,
        /** recognised but not in the truth */
        INSERTED,
        /** in the truth but not recognised */
        DELETED
    }

    /**
     * One step of the alignment.
     *
     * @param kind       what happened
     * @param recognised the recognised token, null for {@link Kind#DELETED}
     * @param truth      the truth's token, null for {@link Kind#INSERTED}
     */
    public record Step(Kind kind, String recognised, String truth) {
    }

    /** The steps in reading order; the non-{@link Kind#SAME} ones number the edit distance. */
    public static List<Step> align(List<String> truth, List<String> recognised) {
        int n = truth.size();
        int m = recognised.size();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = truth.get(i - 1).equals(recognised.get(j - 1)) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        // Backwards, preferring a match, then a dropped or added token, then a replacement: among
        // equally short paths this one reads a swapped pair as "deleted a ... inserted a", not as two substitutions.
        List<Step> steps = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && truth.get(i - 1).equals(recognised.get(j - 1)) && d[i][j] == d[i - 1][j - 1]) {
                steps.add(new Step(Kind.SAME, recognised.get(j - 1), truth.get(i - 1)));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                steps.add(new Step(Kind.DELETED, null, truth.get(i - 1)));
                i--;
            } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
                steps.add(new Step(Kind.INSERTED, recognised.get(j - 1), null));
                j--;
            } else {
                steps.add(new Step(Kind.SUBSTITUTED, recognised.get(j - 1), truth.get(i - 1)));
                i--;
                j--;
            }
        }
        Collections.reverse(steps);
        return steps;
    }
}
