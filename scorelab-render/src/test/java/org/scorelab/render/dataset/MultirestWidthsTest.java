package org.scorelab.render.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Tune;
import org.scorelab.render.augment.VarietyEdits;

class MultirestWidthsTest {

    private static final String MEI = String.join("\n",
            "<layer n=\"1\">",
            "  <multiRest xml:id=\"multirest-8\" num=\"65\" />",
            "  <note xml:id=\"n1\" dur=\"4\" oct=\"4\" pname=\"a\" />",
            "  <multiRest xml:id=\"multirest-9\" num=\"3\" />",
            "</layer>");

    @Test
    void setsTheWidthOfEveryMultirestAndNothingElse() {
        String out = MultirestWidths.apply(MEI, 13);
        assertThat(out).contains("<multiRest xml:id=\"multirest-8\" num=\"65\" width=\"13.0\" />")
                .contains("<multiRest xml:id=\"multirest-9\" num=\"3\" width=\"13.0\" />");
        assertThat(out.replace(" width=\"13.0\"", "")).isEqualTo(MEI);
        // a width already there is kept
        assertThat(MultirestWidths.apply(out, 7)).isEqualTo(out);
    }

    @Test
    void refusesWidthsOutsideTheStatedRange() {
        assertThatThrownBy(() -> MultirestWidths.apply(MEI, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multirest width must be in 4..24 virtual units, was 30.0");
    }

    @Test
    void encoderNarrowsAboutTheAskedShareAndKeepsTheTokens() {
        SampleEncoder plain = SampleEncoder.primus();
        SampleEncoder narrow = plain.withNarrowMultirests(0.5);
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
        assertThat(plain.withNarrowMultirests(0)).isSameAs(plain);
        assertThatThrownBy(() -> plain.withNarrowMultirests(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
