package org.scorelab.render.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Tune;

class SampleEncoderTest {

    @Test
    void mixedBeamingFlagsAboutTheAskedShareAndKeepsMeiAndAgnosticInStep() {
        SampleEncoder mixed = SampleEncoder.primusMixedBeaming(0.3);
        SampleEncoder beamed = SampleEncoder.primus();
        SplittableRandom rng = new SplittableRandom(5);
        int flagged = 0;
        int withBeams = 0;
        int n = 400;
        for (int i = 0; i < n; i++) {
            Tune tune = RandomTunes.tune(rng, "t" + i);
            String agnostic = mixed.agnostic(tune);
            String mei = mixed.mei(tune);
            assertThat(mixed.semantic(tune)).isEqualTo(beamed.semantic(tune));
            // the same excerpt always gets the same beaming
            assertThat(mixed.agnostic(tune)).isEqualTo(agnostic);
            if (!beamed.agnostic(tune).contains("beamed")) {
                continue;
            }
            withBeams++;
            if (!agnostic.contains("beamed")) {
                flagged++;
                assertThat(mei).doesNotContain("<beam");
            } else {
                assertThat(agnostic).isEqualTo(beamed.agnostic(tune));
                assertThat(mei).contains("<beam");
            }
        }
        assertThat(withBeams).isGreaterThan(100);
        assertThat((double) flagged / withBeams).isBetween(0.2, 0.4);
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> SampleEncoder.primusMixedBeaming(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
    }
}
