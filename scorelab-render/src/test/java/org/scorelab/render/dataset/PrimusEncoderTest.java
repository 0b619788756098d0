package org.scorelab.render.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Tune;
import org.scorelab.render.augment.VarietyEdits;

/** Each drawing choice touches about its share of the excerpts, only their drawing, and MEI and agnostic tokens together. */
class PrimusEncoderTest {

    private final PrimusEncoder plain = SampleEncoder.primus();

    @Test
    void shortStemsChangeOnlyTheDrawingOfAboutTheAskedShare() {
        PrimusEncoder shortStems = plain.withShortStems(0.5);
        SplittableRandom rng = new SplittableRandom(6);
        int flaggedExcerpts = 0;
        int changed = 0;
        for (int i = 0; i < 300; i++) {
            Tune t = RandomTunes.tune(rng, "t" + i);
            assertThat(shortStems.semantic(t)).isEqualTo(plain.semantic(t));
            assertThat(shortStems.agnostic(t)).isEqualTo(plain.agnostic(t));
            String mei = shortStems.mei(t);
            if (shortStems.style(t).flaggedStemLength().isPresent()) {
                changed++;
                assertThat(mei.replaceAll(" stem.len=\"\\d\\.\\d\"", "")).isEqualTo(plain.mei(t));
                if (mei.contains("stem.len")) {
                    flaggedExcerpts++;
                }
            } else {
                assertThat(mei).isEqualTo(plain.mei(t));
            }
        }
        assertThat(changed / 300.0).isBetween(0.4, 0.6);
        assertThat(flaggedExcerpts).isPositive();
    }

    @Test
    void narrowMultirestsChangeOnlyTheDrawingOfAboutTheAskedShare() {
        PrimusEncoder narrow = plain.withNarrowMultirests(0.5);
        SplittableRandom rng = new SplittableRandom(5);
        Random edits = new Random(5);
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            Tune t = VarietyEdits.insertMultirest(RandomTunes.tune(rng, "t" + i), edits);
            assertThat(narrow.semantic(t)).isEqualTo(plain.semantic(t));
            assertThat(narrow.agnostic(t)).isEqualTo(plain.agnostic(t));
            String mei = narrow.mei(t);
            if (mei.contains(" width=\"")) {
                changed++;
                assertThat(mei.replaceAll(" width=\"\\d+\\.0\"", "")).isEqualTo(plain.mei(t));
            } else {
                assertThat(mei).isEqualTo(plain.mei(t));
            }
        }
        assertThat(changed / 200.0).isBetween(0.4, 0.6);
    }

    @Test
    void keyWindowsMoveAboutTheAskedShareAndKeepMeiAndAgnosticInStep() {
        PrimusEncoder moved = plain.withKeyWindows(0.5);
        SplittableRandom rng = new SplittableRandom(8);
        int signed = 0;
        int changed = 0;
        for (int i = 0; i < 300; i++) {
            Tune t = RandomTunes.tune(rng, "t" + i);
            assertThat(moved.semantic(t)).isEqualTo(plain.semantic(t));
            if (t.info().key().fifths() == 0) {
                assertThat(moved.mei(t)).isEqualTo(plain.mei(t));
                assertThat(moved.agnostic(t)).isEqualTo(plain.agnostic(t));
                continue;
            }
            signed++;
            boolean agnosticMoved = !moved.agnostic(t).equals(plain.agnostic(t));
            boolean meiMoved = moved.mei(t).contains("<keyAccid");
            // a window may coincide with Verovio's own, then only the MEI's form changes
            assertThat(!agnosticMoved || meiMoved).isTrue();
            if (meiMoved) {
                changed++;
                int low = moved.style(t).keyWindowLow().getAsInt();
                int lowest = PrimusEncoder.lowestWindowStart(t.info().key());
                assertThat(low).isBetween(lowest, lowest + PrimusEncoder.WINDOW_STARTS - 1);
            }
        }
        assertThat(signed).isGreaterThan(150);
        assertThat((double) changed / signed).isBetween(0.4, 0.6);
    }

    @Test
    void unslashedGraceNotesChangeOnlyTheDrawingOfAboutTheAskedShare() {
        PrimusEncoder unslashed = plain.withUnslashedGraceNotes(0.3);
        SplittableRandom rng = new SplittableRandom(10);
        Random edits = new Random(10);
        int changed = 0;
        int withGrace = 0;
        for (int i = 0; i < 300; i++) {
            Tune t = VarietyEdits.addGraceNotes(RandomTunes.tune(rng, "t" + i), 0.1, edits);
            assertThat(unslashed.semantic(t)).isEqualTo(plain.semantic(t));
            assertThat(unslashed.agnostic(t)).isEqualTo(plain.agnostic(t));
            String mei = unslashed.mei(t);
            if (!unslashed.style(t).slashedGraceNotes()) {
                changed++;
                assertThat(mei).doesNotContain("grace=\"unacc\"");
                assertThat(mei.replace("grace=\"acc\"", "grace=\"unacc\"")).isEqualTo(plain.mei(t));
                if (mei.contains("grace=\"acc\"")) {
                    withGrace++;
                }
            } else {
                assertThat(mei).isEqualTo(plain.mei(t));
            }
        }
        assertThat(changed / 300.0).isBetween(0.2, 0.4);
        assertThat(withGrace).isPositive();
    }

    @Test
    void choicesAreIndependentOfEachOther() {
        PrimusEncoder both = plain.withShortStems(0.5).withNarrowMultirests(0.5);
        SplittableRandom rng = new SplittableRandom(9);
        int[] counts = new int[4];
        for (int i = 0; i < 400; i++) {
            var style = both.style(RandomTunes.tune(rng, "t" + i));
            counts[(style.flaggedStemLength().isPresent() ? 2 : 0) + (style.multirestWidth().isPresent() ? 1 : 0)]++;
        }
        for (int c : counts) {
            assertThat(c / 400.0).isBetween(0.17, 0.33);
        }
    }

    @Test
    void aShareOfZeroIsThisEncoderAndSharesOutsideZeroToOneAreRefused() {
        assertThat(plain.withShortStems(0)).isSameAs(plain);
        assertThat(plain.withNarrowMultirests(0)).isSameAs(plain);
        assertThat(plain.withKeyWindows(0)).isSameAs(plain);
        assertThatThrownBy(() -> plain.withNarrowMultirests(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("narrow-multirest share must be in [0, 1], was 1.5");
        assertThatThrownBy(() -> plain.withKeyWindows(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> plain.withShortStems(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short-stem");
    }
}
