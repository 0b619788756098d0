package org.scorelab.omr.eval.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Tune;
import org.scorelab.omr.data.Encoding;
import org.scorelab.omr.recognize.OmrRecognizer;

class TuneTokensTest {

    @Test
    void wholeTuneAndEachSystemAreTheTokensCountedByHand() {
        Tune tune = TinyTune.tune();
        assertThat(TuneTokens.whole(tune)).isEqualTo(TinyTune.whole());
        for (int i = 0; i < 3; i++) {
            assertThat(TuneTokens.system(tune, TinyTune.SYSTEMS.get(i))).as("system %d", i + 1)
                    .isEqualTo(TinyTune.systems().get(i));
        }
        assertThat(TuneTokens.whole(TuneTokens.firstMeasures(tune, 2))).isEqualTo(TinyTune.systems().get(0));
    }

    @Test
    void theSystemsJoinedAreTheWholeTune() {
        assertThat(OmrRecognizer.join(TinyTune.systems(), Encoding.SEMANTIC)).isEqualTo(TinyTune.whole());
    }

    @Test
    void badSystemsAreRefusedNamingTheMeasures() {
        Tune tune = TinyTune.tune();
        assertThatThrownBy(() -> TuneTokens.system(tune, List.of(1, 3))).hasMessageContaining("consecutive, were [1, 3]");
        assertThatThrownBy(() -> TuneTokens.system(tune, List.of(4, 5))).hasMessageContaining("outside the tune's 1..4");
        assertThatThrownBy(() -> TuneTokens.system(tune, List.of())).hasMessageContaining("at least one measure");
        assertThatThrownBy(() -> TuneTokens.firstMeasures(tune, 0)).hasMessageContaining("count must be in 1..4, was 0");
    }
}
