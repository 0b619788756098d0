package org.scorelab.render.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.render.augment.TestTunes.e;
import static org.scorelab.render.augment.TestTunes.m;
import static org.scorelab.render.augment.TestTunes.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Event;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

class SampleAugmenterTest {

    @Test
    void aTuneWithoutBarLinesGivesNoOverlongExcerpt() {
        List<Event> notes = new ArrayList<>();
        for (int i = 0; i < SampleAugmenter.MAX_EVENTS + 1; i++) {
            notes.add(e("G4"));
        }
        Tune free = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.FREE, m(notes.toArray(Event[]::new)));
        SampleAugmenter augmenter = new SampleAugmenter(AugmentationConfig.DEFAULT);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            assertThat(augmenter.augment(free, rng)).isEmpty();
        }
    }
}
