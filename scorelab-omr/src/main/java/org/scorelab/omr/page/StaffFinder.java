package org.scorelab.omr.page;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the five-line staves of a grayscale page, in reading order (top to bottom).
 *
 * <p>The steps, each measured on the page itself rather than assumed:
 * <ol>
 * <li>Ink and paper: the paper is the commonest light gray level, the ink the darkest fifth of
 *     the pixels darker than the paper's noise explains (see {@link Levels}; a share of the ink,
 *     not of the page, so a page holding one staff reads like a full one); a pixel is ink when
 *     it is darker than {@value #INK_SHARE} of the way from the paper to the ink. The threshold
 *     leans towards the paper so that thin lines softened by blur survive. A page with nothing
 *     darker than its paper's noise has no staff.</li>
 * <li>Scale (the approach of Audiveris): the commonest vertical black run is the line thickness,
 *     the commonest distance from one black run to the next in the same column is the interline.
 *     Staff lines are by far the most frequent horizontal strokes of a score, so both modes are
 *     theirs. Every later tolerance is a fraction of these two.</li>
 * <li>Skew: only thin black runs (at most about twice the line thickness: staff lines, not stems,
 *     note heads or bold text) are kept; their centres are projected onto the vertical axis of the
 *     page turned by each candidate angle, and the angle whose projection is sharpest (largest
 *     sum of squares) wins: first in {@value #COARSE_STEP} degree steps over +-{@code maxSkew},
 *     then in {@value #FINE_STEP} degree steps around the best, then a parabola through the best
 *     three.</li>
 * <li>Lines: peaks of the deskewed projection at least {@value #MIN_LINE_INTERLINES} interlines
 *     long, at most one per third of an interline.</li>
 * <li>Staves: chains of evenly spaced peaks, each next line within {@value #GAP_TOLERANCE}
 *     interlines of where the spacing so far puts it (weak peaks in between are stepped over);
 *     among a longer chain (a ledger line or a text stroke in line with the staff) the five
 *     strongest neighbours win.</li>
 * <li>Extent: along the deskewed staff, the columns where at least four of the five lines are ink
 *     (here already at {@value #TRACE_SHARE} of the way to the ink: the line positions are known,
 *     so a lighter trace of a thin blurred line is enough);
 *     the longest stretch with gaps under one interline is the staff. A stretch shorter than
 *     {@value #MIN_STAFF_INTERLINES} interlines is text or noise and is dropped.</li>
 * </ol>
 */
public final class StaffFinder {
    static final double INK_SHARE = 0.3;
    static final double TRACE_SHARE = 0.2;
    static final double COARSE_STEP = 0.25;
    static final double FINE_STEP = 0.025;
    static final double MIN_LINE_INTERLINES = 3.0;
    static final double GAP_TOLERANCE = 0.2;
    static final double MIN_STAFF_INTERLINES = 6.0;
    static final double NOISE_SIGMAS = 6.0;
    static final double INK_QUANTILE = 0.2;
    private static final int MIN_CONTRAST = 48;
    private static final int MIN_SIDE = 16;

    private final double maxSkew;

    /** A finder for pages turned by at most {@code maxSkewDegrees} either way (at most 15). */
    public StaffFinder(double maxSkewDegrees) {
        if (!(maxSkewDegrees >= 0 && maxSkewDegrees <= 15)) {
            throw new IllegalArgumentException("maxSkewDegrees must be in 0..15, was " + maxSkewDegrees);
        }
        this.maxSkew = maxSkewDegrees;
    }

    /** A finder for scans turned by up to 5 degrees. */
    public StaffFinder() {
        this(5.0);
    }

    /**
     * The staves of a page, top to bottom; empty for a page without staves (blank, text only,
     * too small), never an exception for odd content.
     */
    public List<Staff> find(BufferedImage image) {
        return find(GrayPixels.of(image), image.getWidth(), image.getHeight());
    }

    /** The staves of a row-major 8-bit gray page of the given size. */
    public List<Staff> find(byte[] gray, int width, int height) {
        if (gray.length != width * height) {
            throw new IllegalArgumentException("expected " + width + "x" + height + " = " + (width * height)
                    + " pixels, got " + gray.length);
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            return List.of();
        }
        Levels levels = Levels.of(gray);
        if (levels == null) {
            return List.of();
        }
        int threshold = levels.threshold(INK_SHARE);
        Runs runs = Runs.scan(gray, width, height, threshold);
        Scale scale = Scale.of(runs, height);
        if (scale == null) {
            return List.of();
        }
        Thin thin = Thin.of(runs, scale.maxThin());
        if (thin.count == 0) {
            return List.of();
        }
        double cx = width / 2.0;
        double cy = height / 2.0;
        double skew = skew(thin, cx);
        double[] profile = profile(thin, skew, cx, cy, height);
        List<Peak> peaks = peaks(profile, scale);
        List<double[]> groups = group(peaks, scale.interline());
        List<Staff> staves = new ArrayList<>();
        for (double[] lines : groups) {
            Staff s = extent(gray, width, height, levels.threshold(TRACE_SHARE), lines, scale, skew, cx, cy);
            if (s != null) {
                staves.add(s);
            }
        }
        return staves;
    }

    /**
     * The paper and ink levels of a page, or null when nothing on it is darker than the paper's
     * own noise.
     *
     * <p>The paper is the commonest light level. Its noise is measured on the pixels within
     * {@link #MIN_CONTRAST} of it (paper and the soft edges of strokes, never the ink itself): the
     * distance from their median to their lower quartile is 0.674 standard deviations of a normal
     * noise, and stays so when the paper is clipped at white (where the commonest level is white
     * itself, lighter than the paper's middle). Ink is what lies more than {@value #NOISE_SIGMAS}
     * of those deviations below that median (and at least {@link #MIN_CONTRAST} levels below the
     * paper), and its level is the {@value #INK_QUANTILE} quantile of those pixels, darkest first.
     *
     * <p>Every share here is a share of the paper or of the ink, never of the page: an earlier
     * rule took the darkest percent of the whole page as the ink, which on an A4 page holding one
     * or two systems (about half a percent of ink) landed in the paper's noise, so that the page
     * read as blank.
     */
    record Levels(int paper, int ink) {
        /** The gray level {@code share} of the way from the paper towards the ink. */
        int threshold(double share) {
            return (int) Math.round(paper - share * (paper - ink));
        }

        static Levels of(byte[] gray) {
            int[] hist = new int[256];
            int step = gray.length > 4_000_000 ? 3 : 1;
            for (int i = 0; i < gray.length; i += step) {
                hist[gray[i] & 0xff]++;
            }
            int paper = 128;
            for (int v = 129; v < 256; v++) {
                if (hist[v] > hist[paper]) {
                    paper = v;
                }
            }
            int light = paper - MIN_CONTRAST + 1;
            long near = 0;
            for (int v = light; v < 256; v++) {
                near += hist[v];
            }
            if (near == 0) {
                return null;
            }
            int middle = quantile(hist, light, near, 0.5);
            double sigma = (middle - quantile(hist, light, near, 0.25)) / 0.6745;
            int cut = (int) Math.floor(Math.min(paper - MIN_CONTRAST, middle - NOISE_SIGMAS * sigma));
            long dark = 0;
            for (int v = 0; v <= cut; v++) {
                dark += hist[v];
            }
            if (dark == 0) {
                return null;
            }
            return new Levels(paper, quantile(hist, 0, dark, INK_QUANTILE));
        }

        /** The level below which {@code share} of the {@code total} pixels from level {@code from} up lie. */
        private static int quantile(int[] hist, int from, long total, double share) {
            double wanted = Math.max(1, share * total);
            long seen = 0;
            for (int v = from; v < 256; v++) {
                seen += hist[v];
                if (seen >= wanted) {
                    return v;
                }
            }
            return 255;
        }
    }

    /** Every vertical black run of the page: column, first row, length. */
    static final class Runs {
        int[] x = new int[1 << 16];
        int[] y = new int[1 << 16];
        int[] len = new int[1 << 16];
        int count;
        final int[] gapHist;
        final int[] lenHist;

        private Runs(int maxLen) {
            gapHist = new int[maxLen];
            lenHist = new int[maxLen];
        }

        static Runs scan(byte[] gray, int w, int h, int threshold) {
            Runs r = new Runs(Math.max(8, Math.min(h, 512)));
            int[] start = new int[w];
            int[] prevStart = new int[w];
            Arrays.fill(start, -1);
            Arrays.fill(prevStart, -1);
            for (int y = 0; y <= h; y++) {
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    boolean ink = y < h && (gray[row + x] & 0xff) <= threshold;
                    int s = start[x];
                    if (ink) {
                        if (s < 0) {
                            start[x] = y;
                            int p = prevStart[x];
                            if (p >= 0 && y - p < r.gapHist.length) {
                                r.gapHist[y - p]++;
                            }
                            prevStart[x] = y;
                        }
                    } else if (s >= 0) {
                        r.add(x, s, y - s);
                        start[x] = -1;
                    }
                }
            }
            return r;
        }

        private void add(int col, int row, int length) {
            if (count == x.length) {
                x = Arrays.copyOf(x, count * 2);
                y = Arrays.copyOf(y, count * 2);
                len = Arrays.copyOf(len, count * 2);
            }
            x[count] = col;
            y[count] = row;
            len[count] = length;
            count++;
            if (length < lenHist.length) {
                lenHist[length]++;
            }
        }
    }

    /**
     * The page's scale.
     *
     * @param thickness the commonest black run, the staff line thickness
     * @param interline the commonest black-to-black distance, refined to a fraction of a pixel
     */
    record Scale(double thickness, double interline) {
        static Scale of(Runs runs, int height) {
            int t = argmax(runs.lenHist, 1, runs.lenHist.length);
            if (t < 1 || runs.lenHist[t] < 10) {
                return null;
            }
            int[] gaps = runs.gapHist;
            int lo = Math.max(3, t + 2);
            int i = argmax(gaps, lo, gaps.length - 1);
            if (i < lo || gaps[i] < 10 || 4 * i >= height) {
                return null;
            }
            double wsum = gaps[i - 1] + gaps[i] + gaps[i + 1];
            double interline = (gaps[i - 1] * (i - 1.0) + gaps[i] * (double) i + gaps[i + 1] * (i + 1.0)) / wsum;
            double tsum = runs.lenHist[t] + (t + 1 < runs.lenHist.length ? runs.lenHist[t + 1] : 0)
                    + runs.lenHist[t - 1];
            double thickness = (runs.lenHist[t - 1] * (t - 1.0) + runs.lenHist[t] * (double) t
                    + (t + 1 < runs.lenHist.length ? runs.lenHist[t + 1] * (t + 1.0) : 0)) / tsum;
            if (thickness * 2 > interline) {
                return null;
            }
            return new Scale(thickness, interline);
        }

        /**
         * The longest black run that can still be a staff line: about twice the thickness, but at
         * least a quarter interline, since blur widens a thin line more than it widens the
         * thickness estimate (short runs of noise and edges pull that mode down); note heads and
         * beams, half an interline and more, stay out.
         */
        int maxThin() {
            long byThickness = Math.round(1.8 * thickness) + 1;
            long byInterline = (long) Math.ceil(interline / 4);
            return (int) Math.min(Math.max(byThickness, byInterline), Math.floor(interline / 3));
        }

        private static int argmax(int[] a, int from, int to) {
            int best = -1;
            for (int i = from; i < to; i++) {
                if (best < 0 || a[i] > a[best]) {
                    best = i;
                }
            }
            return best;
        }
    }

    /** The thin runs' centres (continuous coordinates) and lengths, the staff line evidence. */
    static final class Thin {
        final double[] x;
        final double[] y;
        final double[] weight;
        final int count;

        private Thin(double[] x, double[] y, double[] weight, int count) {
            this.x = x;
            this.y = y;
            this.weight = weight;
            this.count = count;
        }

        static Thin of(Runs runs, int maxThin) {
            int n = 0;
            for (int i = 0; i < runs.count; i++) {
                if (runs.len[i] <= maxThin) {
                    n++;
                }
            }
            double[] x = new double[n];
            double[] y = new double[n];
            double[] w = new double[n];
            int k = 0;
            for (int i = 0; i < runs.count; i++) {
                if (runs.len[i] <= maxThin) {
                    x[k] = runs.x[i] + 0.5;
                    y[k] = runs.y[i] + runs.len[i] / 2.0;
                    w[k] = runs.len[i];
                    k++;
                }
            }
            return new Thin(x, y, w, n);
        }
    }

    /** The skew angle in degrees whose projection of the thin runs is sharpest. */
    private double skew(Thin thin, double cx) {
        if (maxSkew == 0) {
            return 0;
        }
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < thin.count; i++) {
            minY = Math.min(minY, thin.y[i]);
            maxY = Math.max(maxY, thin.y[i]);
        }
        double reach = 0;
        for (int i = 0; i < thin.count; i++) {
            reach = Math.max(reach, Math.abs(thin.x[i] - cx));
        }
        double slack = reach * Math.tan(Math.toRadians(maxSkew)) + 2;
        double offset = -minY + slack;
        double[] bins = new double[(int) Math.ceil(maxY - minY + 2 * slack) + 2];
        double best = 0;
        double bestScore = -1;
        int coarse = (int) Math.ceil(maxSkew / COARSE_STEP);
        for (int k = -coarse; k <= coarse; k++) {
            double a = Math.max(-maxSkew, Math.min(maxSkew, k * COARSE_STEP));
            double s = sharpness(thin, a, cx, offset, bins);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        int fine = (int) Math.round(COARSE_STEP / FINE_STEP);
        double[] scores = new double[2 * fine + 1];
        int bestK = fine;
        for (int k = -fine; k <= fine; k++) {
            double a = best + k * FINE_STEP;
            scores[k + fine] = sharpness(thin, a, cx, offset, bins);
            if (scores[k + fine] > scores[bestK]) {
                bestK = k + fine;
            }
        }
        double angle = best + (bestK - fine) * FINE_STEP;
        if (bestK > 0 && bestK < scores.length - 1) {
            double l = scores[bestK - 1];
            double c = scores[bestK];
            double r = scores[bestK + 1];
            double denom = l - 2 * c + r;
            if (denom < 0) {
                angle += FINE_STEP * 0.5 * (l - r) / denom;
            }
        }
        return Math.max(-maxSkew, Math.min(maxSkew, angle));
    }

    /** Sum of squares of the projection along angle {@code a}, each run split between two bins. */
    private static double sharpness(Thin thin, double a, double cx, double offset, double[] bins) {
        Arrays.fill(bins, 0);
        double tan = Math.tan(Math.toRadians(a));
        for (int i = 0; i < thin.count; i++) {
            double v = thin.y[i] - (thin.x[i] - cx) * tan + offset;
            int b = (int) v;
            if (b < 0 || b + 1 >= bins.length) {
                continue;
            }
            double f = v - b;
            bins[b] += thin.weight[i] * (1 - f);
            bins[b + 1] += thin.weight[i] * f;
        }
        double sum = 0;
        for (double v : bins) {
            sum += v * v;
        }
        return sum;
    }

    /**
     * The thin runs projected on the rows of the deskewed page: bin {@code i} holds the ink of
     * row {@code [i, i+1)}, so a full-width staff line scores about its length.
     */
    private static double[] profile(Thin thin, double skew, double cx, double cy, int height) {
        double a = Math.toRadians(skew);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double[] p = new double[height + 2];
        for (int i = 0; i < thin.count; i++) {
            double v = cy - (thin.x[i] - cx) * sin + (thin.y[i] - cy) * cos - 0.5;
            int b = (int) Math.floor(v);
            if (b < 0 || b + 1 >= p.length) {
                continue;
            }
            double f = v - b;
            p[b] += thin.weight[i] * (1 - f);
            p[b + 1] += thin.weight[i] * f;
        }
        return p;
    }

    /** A line candidate: its row (continuous) and strength (about its length in pixels). */
    record Peak(double y, double strength) {
    }

    private static List<Peak> peaks(double[] p, Scale scale) {
        double min = MIN_LINE_INTERLINES * scale.interline();
        double t = Math.max(1, scale.thickness());
        int r = Math.max(1, (int) Math.round(scale.interline() / 3));
        int half = (int) Math.ceil(scale.thickness() / 2) + 1;
        double floor = min * t / (2 * half + 1);
        List<Peak> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] < floor) {
                continue;
            }
            boolean top = true;
            for (int k = Math.max(0, i - r); k <= Math.min(p.length - 1, i + r) && top; k++) {
                if (p[k] > p[i] || (p[k] == p[i] && k < i)) {
                    top = false;
                }
            }
            if (!top) {
                continue;
            }
            double sum = 0;
            double moment = 0;
            for (int k = Math.max(0, i - half); k <= Math.min(p.length - 1, i + half); k++) {
                sum += p[k];
                moment += p[k] * (k + 0.5);
            }
            if (sum / t >= min) {
                out.add(new Peak(moment / sum, sum / t));
            }
        }
        return out;
    }

    /**
     * Five-line groups among the peaks, top to bottom. From each peak, a chain goes down the page
     * for every second peak at a first gap within 30 % of the page interline: each next line is
     * the strongest peak within {@link #GAP_TOLERANCE} interlines of where the chain's mean gap
     * puts it, so that a weak peak in between (a beam, a row of note heads) is stepped over. From a
     * chain of five or more, the five neighbours whose weakest line is strongest are a candidate (a
     * ledger line or text stroke in line with the staff adds a weak sixth). Candidates are taken
     * strongest first, each where it overlaps none taken before.
     *
     * <p>Why strongest first, over the whole page: taking the first chain from the top let five
     * weak peaks between the lines (the thin outlines of whole and half notes, half an interline
     * off the lines) claim a staff's place, and the staff itself was lost.
     */
    static List<double[]> group(List<Peak> peaks, double interline) {
        double tolerance = GAP_TOLERANCE * interline;
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < peaks.size(); i++) {
            for (int j = i + 1; j < peaks.size(); j++) {
                double first = peaks.get(j).y() - peaks.get(i).y();
                if (first > 1.3 * interline) {
                    break;
                }
                if (first < 0.7 * interline) {
                    continue;
                }
                List<Integer> chain = chain(peaks, i, j, tolerance);
                if (chain.size() >= 5) {
                    List<Integer> five = strongestFive(peaks, chain);
                    double[] lines = new double[5];
                    for (int k = 0; k < 5; k++) {
                        lines[k] = peaks.get(five.get(k)).y();
                    }
                    candidates.add(new Candidate(lines, weakest(peaks, five)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::weakest).reversed());
        List<double[]> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean free = true;
            for (double[] taken : out) {
                if (c.lines()[0] <= taken[4] + tolerance && c.lines()[4] >= taken[0] - tolerance) {
                    free = false;
                    break;
                }
            }
            if (free) {
                out.add(c.lines());
            }
        }
        out.sort(Comparator.comparingDouble(l -> l[0]));
        return out;
    }

    /** Five line rows and the strength of the weakest. */
    private record Candidate(double[] lines, double weakest) {
    }

    private static List<Integer> chain(List<Peak> peaks, int i, int j, double tolerance) {
        List<Integer> chain = new ArrayList<>(List.of(i, j));
        while (true) {
            int last = chain.get(chain.size() - 1);
            double gap = (peaks.get(last).y() - peaks.get(i).y()) / (chain.size() - 1);
            double expected = peaks.get(last).y() + gap;
            int next = -1;
            for (int k = last + 1; k < peaks.size() && peaks.get(k).y() <= expected + tolerance; k++) {
                if (Math.abs(peaks.get(k).y() - expected) <= tolerance
                        && (next < 0 || peaks.get(k).strength() > peaks.get(next).strength())) {
                    next = k;
                }
            }
            if (next < 0) {
                return chain;
            }
            chain.add(next);
        }
    }

    private static List<Integer> strongestFive(List<Peak> peaks, List<Integer> chain) {
        List<Integer> best = chain.subList(0, 5);
        for (int s = 1; s + 5 <= chain.size(); s++) {
            List<Integer> five = chain.subList(s, s + 5);
            if (weakest(peaks, five) > weakest(peaks, best)) {
                best = five;
            }
        }
        return List.copyOf(best);
    }

    private static double weakest(List<Peak> peaks, List<Integer> five) {
        double w = Double.MAX_VALUE;
        for (int k : five) {
            w = Math.min(w, peaks.get(k).strength());
        }
        return w;
    }

    /** The staff's horizontal extent along its deskewed lines, or null when it is too short. */
    private static Staff extent(byte[] gray, int w, int h, int threshold, double[] lines, Scale scale, double skew,
                                double cx, double cy) {
        double a = Math.toRadians(skew);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        int reach = (int) Math.ceil(scale.thickness() / 2 + 1);
        int maxGap = (int) Math.ceil(scale.interline());
        int bestStart = -1;
        int bestEnd = -1;
        int runStart = -1;
        int lastOn = -1;
        for (int u = 0; u < w; u++) {
            int on = 0;
            for (double v : lines) {
                double x = cx + (u + 0.5 - cx) * cos - (v - cy) * sin;
                double y = cy + (u + 0.5 - cx) * sin + (v - cy) * cos;
                int col = (int) Math.floor(x);
                if (col < 0 || col >= w) {
                    continue;
                }
                int row = (int) Math.floor(y);
                for (int yy = Math.max(0, row - reach); yy <= Math.min(h - 1, row + reach); yy++) {
                    if ((gray[yy * w + col] & 0xff) <= threshold) {
                        on++;
                        break;
                    }
                }
            }
            if (on >= 4) {
                if (runStart < 0 || u - lastOn > maxGap) {
                    runStart = u;
                }
                lastOn = u;
                if (lastOn - runStart > bestEnd - bestStart) {
                    bestStart = runStart;
                    bestEnd = lastOn;
                }
            }
        }
        if (bestStart < 0 || bestEnd + 1 - bestStart < MIN_STAFF_INTERLINES * scale.interline()) {
            return null;
        }
        List<Double> ys = new ArrayList<>(5);
        for (double v : lines) {
            ys.add(v);
        }
        return new Staff(ys, bestStart, bestEnd + 1.0, scale.thickness(), skew, cx, cy);
    }
}
