package org.scorelab.audio.dataset;

import java.util.Locale;
import org.scorelab.core.model.TimeSignature;

/**
 * A range of tempi in quarter notes per minute (the unit MIDI files and
 * {@link org.scorelab.core.model.TuneInfo#tempoBpm()} use), both ends included.
 *
 * <p>{@link #forTune} knows the usual session speeds of the common dance types (reels fast,
 * hornpipes and strathspeys slower, jigs by the dotted quarter, airs slow) and otherwise goes by
 * the meter:
 * compound meters are counted in dotted beats, so their quarter-note tempo is 1.5 times the beat
 * rate.
 */
public record TempoRange(int min, int max) {

    public TempoRange {
        if (min < 20 || max < min || max > 400) {
            throw new IllegalArgumentException("tempo range must satisfy 20 <= min <= max <= 400, was " + min + ".." + max);
        }
    }

    public static TempoRange forTune(TimeSignature meter, String dance) {
        String d = dance == null ? "" : dance.toLowerCase(Locale.ROOT).trim();
        TempoRange byDance = switch (d) {
            case "reel" -> new TempoRange(180, 230);
            case "hornpipe" -> new TempoRange(130, 170);
            case "strathspey" -> new TempoRange(110, 140);
            case "barndance", "schottische", "fling" -> new TempoRange(140, 180);
            case "polka" -> new TempoRange(130, 170);
            case "waltz" -> new TempoRange(120, 170);
            case "mazurka" -> new TempoRange(120, 160);
            case "march" -> new TempoRange(100, 125);
            case "jig", "slip jig", "slipjig", "slip-jig", "slide" -> compound(meter, 100, 125);
            case "air" -> meter.isCompound() ? compound(meter, 45, 65) : new TempoRange(60, 90);
            default -> null;
        };
        if (byDance != null) {
            return byDance;
        }
        if (meter.isCompound()) {
            return compound(meter, 70, 110);
        }
        return switch (meter.beatType()) {
            case 2 -> new TempoRange(120, 200);
            case 8 -> new TempoRange(70, 110);
            default -> new TempoRange(80, 140);
        };
    }

    /** Dotted-beat tempi {@code lo..hi} converted to quarter notes per minute. */
    private static TempoRange compound(TimeSignature meter, int lo, int hi) {
        int quartersPerBeat = meter.isCompound() ? 3 * 4 : 4;
        int bt = meter.beatType();
        return new TempoRange(Math.max(20, lo * quartersPerBeat / bt), Math.min(400, hi * quartersPerBeat / bt));
    }
}
