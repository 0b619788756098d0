package org.scorelab.render.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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

    @Test
    void theKeepClefChanceSetsHowManyExcerptsStayInTheTunesClef() {
        Tune treble = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.COMMON,
                m(e("G4"), e("A4"), e("B4"), e("C5")), m(e("D5"), e("C5"), e("B4"), e("A4")));
        for (double keep : new double[] {0, 0.2, 1}) {
            SampleAugmenter augmenter = new SampleAugmenter(AugmentationConfig.DEFAULT.withKeepClefProbability(keep));
            SplittableRandom rng = new SplittableRandom(4);
            int kept = 0;
            int n = 0;
            while (n < 1000) {
                var out = augmenter.augment(treble, rng);
                if (out.isPresent()) {
                    n++;
                    kept += out.get().info().clef().equals(Clef.TREBLE) ? 1 : 0;
                }
            }
            // kept, or drawn among the ten PrIMuS clefs and the treble clef drawn again
            assertThat(kept / 1000.0).as("keep " + keep).isCloseTo(keep + (1 - keep) / 10, within(0.04));
        }
    }
}
