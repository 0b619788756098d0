package org.scorelab.genre.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scorelab.audio.pitch.NoteEvent;

/**
 * A fixed-length description of a note list (a transcription, or the notes a MIDI sequence plays),
 * invariant to tempo and loudness: pitch classes relative to the estimated key and absolute, mode,
 * intervals, register, note lengths in units of the most common inter-onset interval, rhythm pairs,
 * note rate and, as a switchable group, the periodicity of the onset pattern (the audible trace of
 * the meter: the time signature itself is not in the audio).
 *
 * <p>Why not {@link org.scorelab.genre.features.SymbolicFeatures}: those read measures, key and
 * time signatures and notation (ties, endings, ornaments as written) that a transcription cannot
 * give. Every number here is computed the same way from played and from transcribed notes.
 */
public final class NoteFeatures {

    /** Note-length classes in units of the commonest inter-onset interval, by log2 distance. */
    private static final double[] RATIOS = {0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.75, 1, 1.5, 2, 3, 4, 6};
    /** Lags of the onset autocorrelation, in commonest-interval units. */
    private static final int[] LAGS = {2, 3, 4, 6, 8, 12, 16};

    // After the tables above: static fields are initialised in the order they are written.
    /** With the onset-periodicity group. */
    public static final NoteFeatures WITH_METER = new NoteFeatures(true);
    /** Without it. */
    public static final NoteFeatures WITHOUT_METER = new NoteFeatures(false);

    private final boolean meter;
    private final List<String> names;

    private NoteFeatures(boolean meter) {
        this.meter = meter;
        List<String> n = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            n.add("pc_rel_" + i);
        }
        for (int i = 0; i < 12; i++) {
            n.add("pc_abs_" + i);
        }
        n.addAll(List.of("mode_major", "key_fit", "key_margin"));
        for (int i = -12; i <= 12; i++) {
            n.add("interval_" + (i < 0 ? "m" + -i : Integer.toString(i)));
        }
        n.addAll(List.of("interval_mean_abs", "repeat_share", "step_share", "leap_share", "up_share"));
        n.addAll(List.of("pitch_range", "pitch_std", "pitch_mean"));
        for (double r : RATIOS) {
            n.add(String.format(java.util.Locale.ROOT, "ioi_%.3f", r));
        }
        n.addAll(List.of("long_short", "short_long", "equal_pair", "ioi_cv", "notes_per_second", "unit_seconds"));
        if (meter) {
            for (int l : LAGS) {
                n.add("onset_period_" + l);
            }
        }
        this.names = List.copyOf(n);
    }

    /** {@code notes+meter} or {@code notes-meter}, saved with a model. */
    public String setName() {
        return meter ? "notes+meter" : "notes-meter";
    }

    /** The set named by {@link #setName()}. */
    public static NoteFeatures bySetName(String name) {
        if (WITH_METER.setName().equals(name)) {
            return WITH_METER;
        }
        if (WITHOUT_METER.setName().equals(name)) {
            return WITHOUT_METER;
        }
        throw new IllegalArgumentException("unknown note feature set '" + name + "', expected notes+meter or notes-meter");
    }

    public List<String> names() {
        return names;
    }

    /**
     * The vector of a note list in time order.
     *
     * @throws IllegalArgumentException with fewer than two notes, which carry no interval or rhythm
     */
    public double[] extract(List<NoteEvent> notes) {
        if (notes.size() < 2) {
            throw new IllegalArgumentException("need at least two notes, got " + notes.size());
        }
        double[] out = new double[names.size()];
        int o = 0;
        double[] pc = new double[12];
        double total = 0;
        for (NoteEvent n : notes) {
            double w = Math.min(n.duration(), 2.0);
            pc[n.midi() % 12] += w;
            total += w;
        }
        for (int i = 0; i < 12; i++) {
            pc[i] /= total;
        }
        KeyProfiles.Fit key = KeyProfiles.fit(pc);
        int tonic = key.tonic();
        boolean major = key.major();
        double best = key.best();
        double second = key.second();
        for (int i = 0; i < 12; i++) {
            out[o++] = pc[(tonic + i) % 12];
        }
        for (int i = 0; i < 12; i++) {
            out[o++] = pc[i];
        }
        out[o++] = major ? 1 : 0;
        out[o++] = best;
        out[o++] = best - second;

        int steps = notes.size() - 1;
        double[] iv = new double[25];
        double absSum = 0;
        int repeats = 0;
        int stepMoves = 0;
        int leaps = 0;
        int ups = 0;
        for (int i = 0; i < steps; i++) {
            int d = notes.get(i + 1).midi() - notes.get(i).midi();
            iv[Math.max(-12, Math.min(12, d)) + 12]++;
            absSum += Math.abs(d);
            repeats += d == 0 ? 1 : 0;
            stepMoves += Math.abs(d) == 1 || Math.abs(d) == 2 ? 1 : 0;
            leaps += Math.abs(d) >= 3 ? 1 : 0;
            ups += d > 0 ? 1 : 0;
        }
        for (double v : iv) {
            out[o++] = v / steps;
        }
        out[o++] = absSum / steps;
        out[o++] = repeats / (double) steps;
        out[o++] = stepMoves / (double) steps;
        out[o++] = leaps / (double) steps;
        out[o++] = ups / (double) steps;

        double[] pitches = notes.stream().mapToDouble(NoteEvent::midi).toArray();
        double mean = Arrays.stream(pitches).average().orElse(0);
        double var = Arrays.stream(pitches).map(p -> (p - mean) * (p - mean)).average().orElse(0);
        double[] sortedPitch = pitches.clone();
        Arrays.sort(sortedPitch);
        // Range between the 5th and 95th percentiles, so one octave error does not set it.
        out[o++] = sortedPitch[(int) (0.95 * (sortedPitch.length - 1))] - sortedPitch[(int) (0.05 * (sortedPitch.length - 1))];
        out[o++] = Math.sqrt(var);
        out[o++] = mean;

        double[] ioi = new double[steps];
        for (int i = 0; i < steps; i++) {
            ioi[i] = Math.max(1e-3, notes.get(i + 1).onset() - notes.get(i).onset());
        }
        double unit = commonest(ioi);
        double[] cls = new double[RATIOS.length];
        for (double v : ioi) {
            cls[nearestRatio(v / unit)]++;
        }
        for (double c : cls) {
            out[o++] = c / steps;
        }
        int longShort = 0;
        int shortLong = 0;
        int equal = 0;
        for (int i = 0; i + 1 < steps; i++) {
            double r = ioi[i] / ioi[i + 1];
            if (r > 1.4) {
                longShort++;
            } else if (r < 1 / 1.4) {
                shortLong++;
            } else {
                equal++;
            }
        }
        int pairs = Math.max(1, steps - 1);
        out[o++] = longShort / (double) pairs;
        out[o++] = shortLong / (double) pairs;
        out[o++] = equal / (double) pairs;
        double ioiMean = Arrays.stream(ioi).average().orElse(1);
        double ioiVar = Arrays.stream(ioi).map(v -> (v - ioiMean) * (v - ioiMean)).average().orElse(0);
        out[o++] = Math.sqrt(ioiVar) / ioiMean;
        double span = notes.get(notes.size() - 1).end() - notes.get(0).onset();
        out[o++] = notes.size() / Math.max(span, 1e-3);
        out[o++] = unit;

        if (meter) {
            double[] ac = onsetPeriodicity(notes, unit);
            for (double v : ac) {
                out[o++] = v;
            }
        }
        return out;
    }

    /**
     * The commonest inter-onset interval: the centre of the fullest bin of a histogram in
     * log2 steps of 1/6 (a third of a semitone's share of an octave would be too fine for
     * transcription jitter), refined as the median of the intervals in that bin.
     */
    static double commonest(double[] ioi) {
        java.util.Map<Long, List<Double>> bins = new java.util.HashMap<>();
        for (double v : ioi) {
            bins.computeIfAbsent(Math.round(Math.log(v) / Math.log(2) * 6), k -> new ArrayList<>()).add(v);
        }
        List<Double> fullest = null;
        for (List<Double> b : bins.values()) {
            if (fullest == null || b.size() > fullest.size()) {
                fullest = b;
            }
        }
        double[] f = fullest.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return f[f.length / 2];
    }

    private static int nearestRatio(double r) {
        double lr = Math.log(r);
        int best = 0;
        for (int i = 1; i < RATIOS.length; i++) {
            if (Math.abs(Math.log(RATIOS[i]) - lr) < Math.abs(Math.log(RATIOS[best]) - lr)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Autocorrelation of the onset train on a grid of half units, each onset weighted by the
     * interval after it (long notes fall on strong beats), at {@link #LAGS} units, divided by the
     * value at lag 0.
     */
    private static double[] onsetPeriodicity(List<NoteEvent> notes, double unit) {
        double step = unit / 2;
        double t0 = notes.get(0).onset();
        int len = (int) Math.ceil((notes.get(notes.size() - 1).onset() - t0) / step) + 1;
        double[] grid = new double[len];
        for (int i = 0; i < notes.size(); i++) {
            double next = i + 1 < notes.size() ? notes.get(i + 1).onset() : notes.get(i).end();
            int g = (int) Math.round((notes.get(i).onset() - t0) / step);
            grid[Math.min(len - 1, g)] += Math.min(8, (next - notes.get(i).onset()) / unit);
        }
        double zero = 0;
        for (double v : grid) {
            zero += v * v;
        }
        double[] out = new double[LAGS.length];
        for (int k = 0; k < LAGS.length; k++) {
            int lag = 2 * LAGS[k];
            double s = 0;
            for (int i = 0; i + lag < len; i++) {
                s += grid[i] * grid[i + lag];
            }
            out[k] = zero == 0 ? 0 : s / zero * len / Math.max(1, len - lag);
        }
        return out;
    }
}
