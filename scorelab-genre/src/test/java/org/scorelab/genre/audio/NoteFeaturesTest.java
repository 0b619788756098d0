package org.scorelab.genre.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.audio.pitch.NoteEvent;

class NoteFeaturesTest {

    /** C major scale up and down in even eighths at 0.25 s, then the tonic held for two units. */
    static List<NoteEvent> scale(int transpose, double unit) {
        int[] keys = {60, 62, 64, 65, 67, 69, 71, 72, 71, 69, 67, 65, 64, 62, 60};
        List<NoteEvent> out = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            out.add(new NoteEvent(keys[i] + transpose, i * unit, i == keys.length - 1 ? 2 * unit : unit));
        }
        return out;
    }

    private static double get(NoteFeatures f, double[] v, String name) {
        return v[f.names().indexOf(name)];
    }

    @Test
    void namesMatchTheVectorAndTheMeterGroupIsSwitchable() {
        double[] with = NoteFeatures.WITH_METER.extract(scale(0, 0.25));
        double[] without = NoteFeatures.WITHOUT_METER.extract(scale(0, 0.25));
        assertThat(with).hasSize(NoteFeatures.WITH_METER.names().size());
        assertThat(without).hasSize(NoteFeatures.WITHOUT_METER.names().size());
        assertThat(with.length - without.length).isEqualTo(7);
        assertThat(NoteFeatures.WITHOUT_METER.names()).noneMatch(n -> n.startsWith("onset_period"));
        assertThat(NoteFeatures.bySetName("notes+meter")).isSameAs(NoteFeatures.WITH_METER);
    }

    @Test
    void cMajorScaleKnownAnswers() {
        NoteFeatures f = NoteFeatures.WITH_METER;
        double[] v = f.extract(scale(0, 0.25));
        // The key finder names C major: the tonic C is relative pitch class 0, B is 11.
        assertThat(get(f, v, "mode_major")).isEqualTo(1);
        // Durations: 13 notes of 0.25 s, C twice (0.25 + 0.5), weight 3.75 s in all.
        assertThat(get(f, v, "pc_rel_0")).isCloseTo((0.25 + 0.5 + 0.25) / 4.0, within(1e-9));
        assertThat(get(f, v, "pc_abs_0")).isCloseTo(1.0 / 4.0, within(1e-9));
        assertThat(get(f, v, "pc_rel_1")).isZero();
        // 14 intervals: +2 +2 +1 +2 +2 +2 +1, then the same down.
        assertThat(get(f, v, "interval_2")).isCloseTo(5 / 14.0, within(1e-9));
        assertThat(get(f, v, "interval_1")).isCloseTo(2 / 14.0, within(1e-9));
        assertThat(get(f, v, "interval_m2")).isCloseTo(5 / 14.0, within(1e-9));
        assertThat(get(f, v, "step_share")).isEqualTo(1.0);
        assertThat(get(f, v, "up_share")).isCloseTo(0.5, within(1e-9));
        assertThat(get(f, v, "unit_seconds")).isCloseTo(0.25, within(1e-9));
        assertThat(get(f, v, "ioi_1.000")).isEqualTo(1.0);
        assertThat(get(f, v, "pitch_mean")).isCloseTo((60 + 62 + 64 + 65 + 67 + 69 + 71 + 72 + 71 + 69 + 67 + 65 + 64 + 62 + 60) / 15.0,
                within(1e-9));
    }

    @Test
    void transposingMovesOnlyTheAbsoluteAndRegisterFeatures() {
        NoteFeatures f = NoteFeatures.WITH_METER;
        double[] c = f.extract(scale(0, 0.25));
        double[] d = f.extract(scale(2, 0.25));
        for (String name : f.names()) {
            if (name.startsWith("pc_abs") || name.equals("pitch_mean")) {
                continue;
            }
            assertThat(get(f, d, name)).as(name).isCloseTo(get(f, c, name), within(1e-9));
        }
        assertThat(get(f, d, "pc_abs_2")).isCloseTo(get(f, c, "pc_abs_0"), within(1e-9));
    }

    @Test
    void tempoChangesOnlyTheTempoFeatures() {
        NoteFeatures f = NoteFeatures.WITH_METER;
        double[] slow = f.extract(scale(0, 0.25));
        double[] fast = f.extract(scale(0, 0.125));
        for (String name : f.names()) {
            if (name.equals("unit_seconds") || name.equals("notes_per_second")) {
                continue;
            }
            assertThat(get(f, fast, name)).as(name).isCloseTo(get(f, slow, name), within(1e-9));
        }
        assertThat(get(f, fast, "unit_seconds")).isCloseTo(0.125, within(1e-9));
    }

    @Test
    void oneNoteIsRefused() {
        assertThatThrownBy(() -> NoteFeatures.WITH_METER.extract(List.of(new NoteEvent(60, 0, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two notes");
    }
}
