package org.scorelab.render.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Tune;

/**
 * Puts a tune under another clef, moving it by whole octaves so that its notes stay near the
 * staff: this is how PrIMuS-like data gets its alto, tenor and soprano clefs out of treble-clef
 * folk tunes. Mid-tune clef changes are dropped: the whole excerpt is written under one clef.
 */
public final class ClefAssigner {
    /** The clefs of the PrIMuS vocabulary ({@code clef-G1 ... clef-F5}), treble first. */
    public static final List<Clef> PRIMUS_CLEFS = List.of(
            new Clef(Clef.Sign.G, 2, 0), new Clef(Clef.Sign.G, 1, 0),
            new Clef(Clef.Sign.C, 1, 0), new Clef(Clef.Sign.C, 2, 0), new Clef(Clef.Sign.C, 3, 0),
            new Clef(Clef.Sign.C, 4, 0), new Clef(Clef.Sign.C, 5, 0),
            new Clef(Clef.Sign.F, 3, 0), new Clef(Clef.Sign.F, 4, 0), new Clef(Clef.Sign.F, 5, 0));

    /** Staff position of the top line (the bottom line is 0). */
    private static final int TOP_LINE = 8;

    private ClefAssigner() {
    }

    /** True for the clefs the PrIMuS vocabulary can name. */
    public static boolean isPrimusClef(Clef c) {
        return PRIMUS_CLEFS.contains(c);
    }

    /**
     * The tune under {@code clef}, moved by the octave (-3..3) that needs the fewest ledger lines
     * (the smaller move on a tie); empty when even that needs more than {@code maxLedgerLines}.
     */
    public static Optional<Tune> assign(Tune tune, Clef clef, int maxLedgerLines) {
        if (maxLedgerLines < 0) {
            throw new IllegalArgumentException("maxLedgerLines must be >= 0, was " + maxLedgerLines);
        }
        List<Pitch> pitches = Tunes.pitches(tune);
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (Pitch p : pitches) {
            lo = Math.min(lo, clef.staffPosition(p));
            hi = Math.max(hi, clef.staffPosition(p));
        }
        int bestShift = 0;
        int bestLedgers = Integer.MAX_VALUE;
        if (pitches.isEmpty()) {
            bestLedgers = 0;
        } else {
            for (int shift : new int[] {0, 1, -1, 2, -2, 3, -3}) {
                int l = ledgerLines(lo + 7 * shift, hi + 7 * shift);
                if (l < bestLedgers && fits(pitches, shift)) {
                    bestLedgers = l;
                    bestShift = shift;
                }
            }
        }
        if (bestLedgers > maxLedgerLines) {
            return Optional.empty();
        }
        Interval move = Interval.octaves(bestShift);
        Tune moved = bestShift == 0 ? tune : Tunes.mapPitches(tune, move::apply);
        moved = Tunes.mapEvents(moved, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                if (!(e instanceof ClefChange)) {
                    out.add(e);
                }
            }
            return out;
        });
        return Optional.of(new Tune(Tunes.header(tune.info(), clef, tune.info().key(), tune.info().meter()),
                moved.measures()));
    }

    /** Ledger lines needed for notes from staff position {@code lo} to {@code hi}. */
    public static int ledgerLines(int lo, int hi) {
        int below = lo < 0 ? -lo / 2 : 0;
        int above = hi > TOP_LINE ? (hi - TOP_LINE) / 2 : 0;
        return Math.max(below, above);
    }

    private static boolean fits(List<Pitch> pitches, int shift) {
        for (Pitch p : pitches) {
            int octave = p.octave() + shift;
            if (octave < 0 || octave > 8) {
                return false;
            }
        }
        return true;
    }
}
