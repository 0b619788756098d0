package org.scorelab.genre.audio;

/**
 * Krumhansl and Kessler's key finding: the major or minor key whose probe-tone profile correlates
 * best with a melody's pitch-class distribution. Shared by the note features (which keep the
 * correlations as features) and the transcription quantiser (which spells the notes in that key).
 */
final class KeyProfiles {
    /** Krumhansl and Kessler's probe-tone profiles, tonic first. */
    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    private KeyProfiles() {
    }

    /**
     * The best key and how clearly it wins.
     *
     * @param tonic  pitch class of the tonic, 0 = C
     * @param major  major (true) or minor
     * @param best   its correlation
     * @param second the runner-up's correlation (of all 24 keys)
     */
    record Fit(int tonic, boolean major, double best, double second) {
    }

    /** The key of a pitch-class distribution (any scale; index 0 = C); the first of equals wins. */
    static Fit fit(double[] pitchClasses) {
        int tonic = 0;
        boolean major = true;
        double best = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < 12; t++) {
            for (boolean maj : new boolean[] {true, false}) {
                double r = correlation(pitchClasses, maj ? MAJOR : MINOR, t);
                if (r > best) {
                    second = best;
                    best = r;
                    tonic = t;
                    major = maj;
                } else if (r > second) {
                    second = r;
                }
            }
        }
        return new Fit(tonic, major, best, second);
    }

    /** Pearson correlation of the distribution with the profile rotated to {@code tonic} (0 when flat). */
    static double correlation(double[] pc, double[] profile, int tonic) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < 12; i++) {
            mx += pc[(tonic + i) % 12];
            my += profile[i];
        }
        mx /= 12;
        my /= 12;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < 12; i++) {
            double x = pc[(tonic + i) % 12] - mx;
            double y = profile[i] - my;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
