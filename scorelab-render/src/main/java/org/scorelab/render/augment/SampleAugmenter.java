package org.scorelab.render.augment;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Tune;

/**
 * The augmentation chain for one sample: excerpt, chords to their top note, transposition, clef,
 * variety edits. Pure: the same tune and generator state give the same result.
 */
public record SampleAugmenter(AugmentationConfig config) {

    /**
     * Most notes and rests in one excerpt. PrIMuS incipits stay well below it; without the cap a
     * tune with no bar lines (free meter) gives a one-measure excerpt of the whole tune, an image
     * several thousand pixels wide.
     */
    public static final int MAX_EVENTS = 48;
    public SampleAugmenter {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
    }

    /**
     * One varied excerpt of {@code tune}, or empty when this draw gives nothing usable (no
     * measure with a note, a key that cannot be spelt, a range too wide for the clef); the
     * caller draws again.
     */
    public Optional<Tune> augment(Tune tune, RandomGenerator rng) {
        Optional<Tune> excerpt = new ExcerptSampler(config.minMeasures(), config.maxMeasures()).sample(tune, rng);
        if (excerpt.isEmpty() || excerpt.get().events().size() > MAX_EVENTS) {
            return Optional.empty();
        }
        Tune t = VarietyEdits.chordsToTopNote(excerpt.get());
        if (rng.nextDouble() < config.transposeProbability()) {
            int target = config.minFifths() + rng.nextInt(config.maxFifths() - config.minFifths() + 1);
            Optional<Tune> moved = Transposer.toKey(t, target);
            if (moved.isEmpty()) {
                return Optional.empty();
            }
            t = moved.get();
        }
        Clef own = t.info().clef();
        Clef clef = ClefAssigner.isPrimusClef(own) && rng.nextDouble() < config.keepClefProbability()
                ? own
                : ClefAssigner.PRIMUS_CLEFS.get(rng.nextInt(ClefAssigner.PRIMUS_CLEFS.size()));
        Optional<Tune> placed = ClefAssigner.assign(t, clef, config.maxLedgerLines());
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        t = placed.get();
        t = VarietyEdits.splitNotes(t, config.splitProbability(), rng);
        t = VarietyEdits.mergeNotes(t, config.mergeProbability(), rng);
        t = VarietyEdits.notesToRests(t, config.restProbability(), rng);
        t = VarietyEdits.addGraceNotes(t, config.graceProbability(), rng);
        if (rng.nextDouble() < config.fermataProbability()) {
            t = VarietyEdits.addFermata(t, rng);
        }
        if (rng.nextDouble() < config.multirestProbability()) {
            t = VarietyEdits.insertMultirest(t, rng);
        }
        return Optional.of(t);
    }
}
