package org.scorelab.audio.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How one tune is played: instrument and tempo, drawn from a random stream that depends only on
 * the data set seed and the tune's id.
 */
public record ClipPlan(Instrument instrument, int tempoBpm) {

    /** The plan for one tune; the same seed and id always give the same plan. */
    public static ClipPlan draw(LabelledTune t, long seed, List<Instrument> instruments) {
        SplittableRandom rnd = new SplittableRandom(mix(seed, t.id()));
        Instrument ins = instruments.get(rnd.nextInt(instruments.size()));
        TempoRange range = TempoRange.forTune(t.tune().info().meter(), t.dance());
        int tempo = range.min() + rnd.nextInt(range.max() - range.min() + 1);
        return new ClipPlan(ins, tempo);
    }

    /** A 64-bit seed from the data set seed and the id's UTF-8 bytes (FNV-1a, then a stir). */
    static long mix(long seed, String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        long z = h ^ (seed * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
