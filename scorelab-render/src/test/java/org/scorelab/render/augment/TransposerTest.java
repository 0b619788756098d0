package org.scorelab.render.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scorelab.render.augment.TestTunes.e;
import static org.scorelab.render.augment.TestTunes.m;
import static org.scorelab.render.augment.TestTunes.names;
import static org.scorelab.render.augment.TestTunes.p;
import static org.scorelab.render.augment.TestTunes.q;
import static org.scorelab.render.augment.TestTunes.tune;

import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeyChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

class TransposerTest {
    private static final Tune D_MAJOR = tune(Clef.TREBLE, KeySignature.ofFifths(2), TimeSignature.of(3, 4),
            m(q("D4"), e("F#4"), e("A4"), q("D5")),
            m(q("C#5"), q("B4"), q("E5")));

    @Test
    void intervalBetweenKeysIsTheSmallestMove() {
        assertThat(Interval.betweenKeys(2, -3)).isEqualTo(new Interval(1, 1));
        assertThat(Interval.betweenKeys(0, 1)).isEqualTo(new Interval(-3, -5));
        assertThat(Interval.betweenKeys(0, 2)).isEqualTo(new Interval(1, 2));
        assertThat(Interval.betweenKeys(0, 7)).isEqualTo(new Interval(0, 1));
        assertThat(Interval.betweenKeys(0, -7)).isEqualTo(new Interval(0, -1));
        assertThat(Interval.betweenKeys(-3, -3)).isEqualTo(Interval.UNISON);
    }

    @Test
    void dMajorToEbMajorRespellsSharpsAsNaturals() {
        Tune eb = Transposer.toKey(D_MAJOR, -3).orElseThrow();
        assertThat(eb.info().key().fifths()).isEqualTo(-3);
        assertThat(names(eb)).containsExactly("Eb4", "G4", "Bb4", "Eb5", "D5", "C5", "F5");
        assertThat(eb.info().meter()).isEqualTo(D_MAJOR.info().meter());
        assertThat(eb.measures()).extracting(x -> x.length()).isEqualTo(
                D_MAJOR.measures().stream().map(x -> x.length()).toList());
    }

    @Test
    void dMajorToFSharpMajorUsesSharpsAndEAndB() {
        Tune fs = Transposer.toKey(D_MAJOR, 6).orElseThrow();
        assertThat(names(fs)).containsExactly("F#4", "A#4", "C#5", "F#5", "E#5", "D#5", "G#5");
    }

    @Test
    void dMajorToGMajorGoesDownAFifthNotUpAFourth() {
        Tune g = Transposer.toKey(D_MAJOR, 1).orElseThrow();
        assertThat(names(g)).containsExactly("G4", "B4", "D5", "G5", "F#5", "E5", "A5");
    }

    @Test
    void keyChangesMoveWithTheTune() {
        Tune t = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(2, 4),
                m(q("C4"), q("E4")), m(new KeyChange(KeySignature.ofFifths(1)), q("F#4"), q("G4")));
        Tune moved = Transposer.toKey(t, -2).orElseThrow();
        assertThat(moved.measures().get(1).events().get(0)).isEqualTo(new KeyChange(KeySignature.ofFifths(-1)));
        assertThat(names(moved)).containsExactly("Bb3", "D4", "E4", "F4");
        assertThat(Transposer.toKey(t, 7)).isEmpty();
    }

    @Test
    void unspellablePitchGivesEmpty() {
        Tune t = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(1, 4), m(q("B##4")));
        assertThat(Transposer.toKey(t, 7)).isEmpty();
        assertThatThrownBy(() -> new Interval(0, 1).apply(p("B##4")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B##4")
                .hasMessageContaining("more than a double accidental");
        assertThatThrownBy(() -> Transposer.toKey(t, 8)).hasMessageContaining("-7..7 fifths, was 8");
    }
}
