package org.scorelab.render.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.render.augment.TestTunes.e;
import static org.scorelab.render.augment.TestTunes.m;
import static org.scorelab.render.augment.TestTunes.names;
import static org.scorelab.render.augment.TestTunes.q;
import static org.scorelab.render.augment.TestTunes.tune;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.BarLine;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.MeterChange;
import org.scorelab.core.model.Note;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

class ExcerptSamplerTest {
    /** Pickup, three full 2/4 measures (a key, clef and meter change along the way), a half closing measure. */
    private static final Tune TUNE = tune(Clef.TREBLE, KeySignature.ofFifths(1), TimeSignature.of(2, 4),
            m(e("D4")),
            new Measure(List.of(q("G4"), q("B4").withTieToNext(true)), new BarLine(BarLine.Style.SINGLE, false, true), 1),
            m(new KeyChange(KeySignature.ofFifths(-1)), new ClefChange(Clef.ALTO), q("B4"), q("Bb4")),
            m(new MeterChange(TimeSignature.of(3, 4)), q("A4"), q("F4"), q("C4")),
            m(e("F4")));

    @Test
    void allowedStartsAreThePickupAndFullMeasures() {
        assertThat(ExcerptSampler.allowedStarts(TUNE)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void excerptRestatesTheAttributesInForce() {
        Tune x = ExcerptSampler.excerpt(TUNE, 2, 2);
        assertThat(x.info().key()).isEqualTo(KeySignature.ofFifths(-1));
        assertThat(x.info().clef()).isEqualTo(Clef.ALTO);
        assertThat(x.info().meter()).isEqualTo(TimeSignature.of(2, 4));
        assertThat(x.measures().get(0).events()).hasSize(2).allMatch(ev -> ev instanceof Note);
        assertThat(x.measures().get(1).events().get(0)).isEqualTo(new MeterChange(TimeSignature.of(3, 4)));
        assertThat(names(x)).containsExactly("B4", "Bb4", "A4", "F4", "C4");
    }

    @Test
    void excerptStartingAtAMeterChangeTakesItIntoTheHeader() {
        Tune x = ExcerptSampler.excerpt(TUNE, 3, 1);
        assertThat(x.info().meter()).isEqualTo(TimeSignature.of(3, 4));
        assertThat(x.measures().get(0).length()).isEqualTo(Fraction.of(3, 4));
        assertThat(x.measures().get(0).events()).hasSize(3);
    }

    @Test
    void pickupExcerptKeepsThePickupAndDropsTheDanglingTieAndRepeat() {
        Tune x = ExcerptSampler.excerpt(TUNE, 0, 2);
        assertThat(x.measures().get(0).length()).isEqualTo(Fraction.of(1, 8));
        Measure second = x.measures().get(1);
        assertThat(second.end()).isEqualTo(BarLine.SINGLE);
        assertThat(second.ending()).isZero();
        assertThat(((Note) second.events().get(1)).tieToNext()).isFalse();
        assertThat(x.info().clef()).isEqualTo(Clef.TREBLE);
    }

    @Test
    void sampleStaysWithinTheRangeAndIsDeterministic() {
        ExcerptSampler s = new ExcerptSampler(1, 3);
        for (int seed = 0; seed < 50; seed++) {
            Tune a = s.sample(TUNE, new SplittableRandom(seed)).orElseThrow();
            Tune b = s.sample(TUNE, new SplittableRandom(seed)).orElseThrow();
            assertThat(a).isEqualTo(b);
            assertThat(a.measures()).hasSizeBetween(1, 3);
        }
    }

    @Test
    void badRangesAreRejected() {
        assertThatThrownBy(() -> new ExcerptSampler(0, 3)).hasMessageContaining("1 <= min <= max, was 0..3");
        assertThatThrownBy(() -> ExcerptSampler.excerpt(TUNE, 4, 2)).hasMessageContaining("outside the tune's 5 measures");
    }
}
