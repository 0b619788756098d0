package org.scorelab.render.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorelab.render.augment.TestTunes.m;
import static org.scorelab.render.augment.TestTunes.names;
import static org.scorelab.render.augment.TestTunes.q;
import static org.scorelab.render.augment.TestTunes.tune;

import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.ClefChange;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.TimeSignature;
import org.scorelab.core.model.Tune;

class ClefAssignerTest {
    private static final Tune TREBLE = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(2, 4),
            m(q("G4"), q("D5")), m(new ClefChange(Clef.BASS), q("B4"), q("A4")));

    @Test
    void bassClefMovesATrebleTuneDownTwoOctaves() {
        Tune bass = ClefAssigner.assign(TREBLE, Clef.BASS, 3).orElseThrow();
        assertThat(bass.info().clef()).isEqualTo(Clef.BASS);
        assertThat(names(bass)).containsExactly("G2", "D3", "B2", "A2");
        assertThat(bass.events()).noneMatch(e -> e instanceof ClefChange);
    }

    @Test
    void trebleTuneStaysPutUnderTrebleAndSoprano() {
        assertThat(names(ClefAssigner.assign(TREBLE, Clef.TREBLE, 3).orElseThrow()))
                .containsExactly("G4", "D5", "B4", "A4");
        assertThat(names(ClefAssigner.assign(TREBLE, new Clef(Clef.Sign.C, 1, 0), 3).orElseThrow()))
                .containsExactly("G4", "D5", "B4", "A4");
    }

    @Test
    void tooWideARangeIsRefused() {
        Tune wide = tune(Clef.TREBLE, KeySignature.C_MAJOR, TimeSignature.of(2, 4), m(q("C3"), q("C6")));
        assertThat(ClefAssigner.assign(wide, Clef.TREBLE, 3)).isEmpty();
        assertThat(names(ClefAssigner.assign(wide, Clef.TREBLE, 4).orElseThrow())).containsExactly("C3", "C6");
    }

    @Test
    void ledgerLinesCountFromTheStaffEdges() {
        assertThat(ClefAssigner.ledgerLines(0, 8)).isZero();
        assertThat(ClefAssigner.ledgerLines(-1, 9)).isZero();
        assertThat(ClefAssigner.ledgerLines(-2, 8)).isEqualTo(1);
        assertThat(ClefAssigner.ledgerLines(-7, 8)).isEqualTo(3);
        assertThat(ClefAssigner.ledgerLines(0, 14)).isEqualTo(3);
    }

    @Test
    void primusClefsAreTheVocabularysTen() {
        assertThat(ClefAssigner.PRIMUS_CLEFS).extracting(Clef::code)
                .containsExactlyInAnyOrder("G2", "G1", "C1", "C2", "C3", "C4", "C5", "F3", "F4", "F5");
        assertThat(ClefAssigner.isPrimusClef(new Clef(Clef.Sign.G, 2, -1))).isFalse();
    }
}
