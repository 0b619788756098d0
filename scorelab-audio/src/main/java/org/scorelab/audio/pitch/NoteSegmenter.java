package org.scorelab.audio.pitch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a pitch track into notes. A note starts where the spectral flux peaks (an attack), where
 * sound follows silence, or where the (median-smoothed) key changes to one that then holds for
 * twice the shortest note (a change without an attack). Its key is the most frequent one of its
 * clean frames after the attack: while a new note starts the old one still rings, and the mixture
 * can have the pitch of neither. Pieces shorter than {@code minNoteSeconds} are dropped; two pieces
 * of the same key with no attack at the join are merged into one note.
 *
 * @param minNoteSeconds shortest note kept
 * @param smoothFrames   length of the median filter on the frame pitches (odd)
 * @param onsetRatio     a flux peak counts as an onset when it exceeds this many times the local
 *                       median flux ...
 * @param onsetFloor     ... and this fraction of the clip's largest flux
 */
public record NoteSegmenter(double minNoteSeconds, int smoothFrames, double onsetRatio, double onsetFloor) {

    /** 45 ms notes, 5-frame median, onsets at 2.5 times the local median and 8 % of the peak flux. */
    public static final NoteSegmenter DEFAULT = new NoteSegmenter(0.045, 5, 2.5, 0.08);

    /**
     * Seconds from one onset to the next that can count: a bowed or blown attack can make two flux
     * peaks 50 ms apart, while the fastest notes of the corpus (sixteenths of a reel) are 65 ms.
     */
    private static final double MIN_ONSET_GAP = 0.06;
    /** Frames on either side for the local median of the flux. */
    private static final int MEDIAN_REACH = 12;

    public NoteSegmenter {
        if (!(minNoteSeconds > 0) || smoothFrames < 1 || smoothFrames % 2 == 0 || !(onsetRatio > 1) || !(onsetFloor >= 0)) {
            throw new IllegalArgumentException("need minNoteSeconds > 0, odd smoothFrames >= 1, onsetRatio > 1, onsetFloor >= 0");
        }
    }

    /** Frames after an onset whose pitch is not trusted: the old note still rings under the attack. */
    private static final int ATTACK_FRAMES = 2;
    /** Frames whose aperiodicity is above this are left out of a note's pitch vote when others remain. */
    private static final double CLEAN = 0.2;

    /** The notes of the track, in time order, never overlapping. */
    public List<NoteEvent> segment(PitchTrack track) {
        int n = track.frames();
        double hop = track.hopSeconds();
        int[] key = smooth(keys(track));
        boolean[] onset = onsets(track);
        int minFrames = Math.max(1, (int) Math.round(minNoteSeconds / hop));
        double[] aper = track.aperiodicity();

        // Boundaries: onsets, and the edges of sound; then stable key changes inside each stretch.
        List<int[]> pieces = new ArrayList<>();
        int start = -1;
        for (int t = 0; t <= n; t++) {
            boolean sound = t < n && key[t] >= 0;
            if (start >= 0 && (!sound || (onset[t] && t - start >= minFrames))) {
                splitByKey(key, start, t, 2 * minFrames, pieces);
                start = -1;
            }
            if (sound && start < 0) {
                start = t;
            }
        }
        List<int[]> voted = new ArrayList<>();
        for (int[] p : pieces) {
            if (p[1] - p[0] < minFrames) {
                continue;
            }
            int k = vote(key, aper, p[0], p[1], nearOnset(onset, p[0]) ? ATTACK_FRAMES : 0);
            voted.add(new int[] {k, p[0], p[1], nearOnset(onset, p[0]) ? 1 : 0});
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] p : voted) {
            if (!merged.isEmpty()) {
                int[] last = merged.get(merged.size() - 1);
                if (last[0] == p[0] && p[1] - last[2] <= minFrames && p[3] == 0) {
                    last[2] = p[2];
                    continue;
                }
            }
            merged.add(p);
        }
        List<NoteEvent> notes = new ArrayList<>(merged.size());
        for (int[] p : merged) {
            notes.add(new NoteEvent(p[0], p[1] * hop, (p[2] - p[1]) * hop));
        }
        return notes;
    }

    /**
     * Splits {@code [from, to)} where the key changes to one that then holds for at least
     * {@code stable} frames (a slurred change that made no onset); adds {from, to} pairs. A first
     * piece shorter than that is the attack, whose pitch is a mixture, and stays with the note after it.
     */
    private static void splitByKey(int[] key, int from, int to, int stable, List<int[]> out) {
        int start = from;
        int current = key[from];
        int t = from + 1;
        while (t < to) {
            if (key[t] != current) {
                int run = t;
                while (run < to && key[run] == key[t]) {
                    run++;
                }
                if (run - t >= stable || (run == to && run - t >= stable / 2)) {
                    if (t - start >= stable) {
                        out.add(new int[] {start, t});
                        start = t;
                    }
                    current = key[t];
                }
                t = run;
            } else {
                t++;
            }
        }
        out.add(new int[] {start, to});
    }

    /** The most frequent key of the piece, from its clean frames after the attack when there are any. */
    private static int vote(int[] key, double[] aper, int from, int to, int skip) {
        java.util.Map<Integer, Integer> clean = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> all = new java.util.HashMap<>();
        for (int t = from; t < to; t++) {
            all.merge(key[t], 1, Integer::sum);
            if (t >= from + skip && aper[t] <= CLEAN) {
                clean.merge(key[t], 1, Integer::sum);
            }
        }
        java.util.Map<Integer, Integer> use = clean.isEmpty() ? all : clean;
        int best = -1;
        int bestCount = -1;
        for (java.util.Map.Entry<Integer, Integer> e : use.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() > best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * The nearest key per frame, -1 where unpitched or outside 0..127, after removing the clip's
     * tuning offset: the circular mean of the clean frames' deviations from the nearest key. Some
     * sound-set instruments are detuned (an accordion's beating reeds sit tens of cents off), and
     * without the correction their notes fall on both sides of a key boundary.
     */
    private static int[] keys(PitchTrack track) {
        double sin = 0;
        double cos = 0;
        for (int t = 0; t < track.frames(); t++) {
            double hz = track.hz(t);
            if (hz > 0 && track.aperiodicity()[t] <= CLEAN) {
                double m = NoteEvent.midiOf(hz);
                double phase = 2 * Math.PI * (m - Math.rint(m));
                sin += Math.sin(phase);
                cos += Math.cos(phase);
            }
        }
        double offset = sin == 0 && cos == 0 ? 0 : Math.atan2(sin, cos) / (2 * Math.PI);
        int[] k = new int[track.frames()];
        for (int t = 0; t < k.length; t++) {
            double hz = track.hz(t);
            int m = hz > 0 ? (int) Math.round(NoteEvent.midiOf(hz) - offset) : -1;
            k[t] = m >= 0 && m <= 127 ? m : -1;
        }
        return k;
    }

    private int[] smooth(int[] k) {
        int half = smoothFrames / 2;
        int[] out = new int[k.length];
        int[] win = new int[smoothFrames];
        for (int t = 0; t < k.length; t++) {
            int c = 0;
            for (int j = t - half; j <= t + half; j++) {
                win[c++] = k[Math.max(0, Math.min(k.length - 1, j))];
            }
            int[] sorted = Arrays.copyOf(win, c);
            Arrays.sort(sorted);
            out[t] = sorted[c / 2];
        }
        return out;
    }

    /** Local maxima of the flux well above its local median and above a floor set by the clip's peak, at least {@link #MIN_ONSET_GAP} apart. */
    private boolean[] onsets(PitchTrack track) {
        int n = track.frames();
        double[] o = track.onset();
        double peak = 0;
        for (double v : o) {
            peak = Math.max(peak, v);
        }
        boolean[] out = new boolean[n];
        double[] win = new double[2 * MEDIAN_REACH + 1];
        int minGap = Math.max(1, (int) Math.round(MIN_ONSET_GAP / track.hopSeconds()));
        int last = -minGap;
        for (int t = 1; t + 1 < n; t++) {
            if (o[t] < o[t - 1] || o[t] <= o[t + 1] || o[t] < onsetFloor * peak) {
                continue;
            }
            int c = 0;
            for (int j = Math.max(0, t - MEDIAN_REACH); j <= Math.min(n - 1, t + MEDIAN_REACH); j++) {
                win[c++] = o[j];
            }
            double[] sorted = Arrays.copyOf(win, c);
            Arrays.sort(sorted);
            if (o[t] > onsetRatio * sorted[c / 2] && t - last >= minGap) {
                out[t] = true;
                last = t;
            }
        }
        return out;
    }

    private static boolean nearOnset(boolean[] onset, int t) {
        for (int j = Math.max(0, t - 2); j <= Math.min(onset.length - 1, t + 2); j++) {
            if (onset[j]) {
                return true;
            }
        }
        return false;
    }
}
