package org.scorelab.render.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Tune;

/**
 * Moves a tune to another key, respelling every pitch by the interval (D major to Eb major
 * turns F# into G and C# into D, not into Gb and Db), and moving mid-tune key changes with it.
 */
public final class Transposer {
    private Transposer() {
    }

    /**
     * The tune moved so that its opening key signature has {@code targetFifths}; empty when a
     * key change would leave -7..7 or a pitch could not be spelt.
     */
    public static Optional<Tune> toKey(Tune tune, int targetFifths) {
        if (targetFifths < -7 || targetFifths > 7) {
            throw new IllegalArgumentException("target key must be in -7..7 fifths, was " + targetFifths);
        }
        int from = tune.info().key().fifths();
        try {
            return Optional.of(transpose(tune, Interval.betweenKeys(from, targetFifths), targetFifths - from));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The tune moved by an interval whose key signatures move by {@code fifthsDelta}.
     *
     * @throws IllegalArgumentException when a key leaves -7..7 or a pitch cannot be spelt
     */
    public static Tune transpose(Tune tune, Interval interval, int fifthsDelta) {
        Tune moved = Tunes.mapPitches(tune, interval::apply);
        moved = Tunes.mapEvents(moved, events -> {
            List<Event> out = new ArrayList<>(events.size());
            for (Event e : events) {
                out.add(e instanceof KeyChange k ? new KeyChange(shift(k.key(), fifthsDelta)) : e);
            }
            return out;
        });
        KeySignature key = shift(tune.info().key(), fifthsDelta);
        return new Tune(Tunes.header(tune.info(), tune.info().clef(), key, tune.info().meter()), moved.measures());
    }

    private static KeySignature shift(KeySignature k, int delta) {
        return new KeySignature(k.fifths() + delta, k.mode());
    }
}
