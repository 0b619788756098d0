package org.scorelab.cli.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One cheapest alignment of recognised tokens against the truth (the edit distance that the SER
 * counts, with its path), so the page can mark which tokens were wrong instead of only how many.
 */
public final class TokenDiff {
    private TokenDiff() {
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
        List<Step> steps = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (truth.get(i - 1).equals(recognised.get(j - 1)) ? 0 : 1)) {
                boolean same = truth.get(i - 1).equals(recognised.get(j - 1));
                steps.add(new Step(same ? Kind.SAME : Kind.SUBSTITUTED, recognised.get(j - 1), truth.get(i - 1)));
                i--;
                j--;
            } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
                steps.add(new Step(Kind.INSERTED, recognised.get(j - 1), null));
                j--;
            } else {
                steps.add(new Step(Kind.DELETED, null, truth.get(i - 1)));
                i--;
            }
        }
        Collections.reverse(steps);
        return steps;
    }
}
