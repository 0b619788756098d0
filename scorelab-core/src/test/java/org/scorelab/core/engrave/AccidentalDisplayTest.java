package org.scorelab.core.engrave;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.Pitch;
import org.scorelab.core.model.Step;

class AccidentalDisplayTest {

    private static final int NONE = AccidentalDisplay.NONE;

    @Test
    void keyAlterationsAreImpliedAndDeviationsShown() {
        AccidentalDisplay d = new AccidentalDisplay(KeySignature.ofFifths(-3));
        assertThat(d.show(new Pitch(Step.B, -1, 4), false)).isEqualTo(NONE);
        assertThat(d.show(new Pitch(Step.B, 0, 4), false)).isEqualTo(0);
        // the natural holds for the rest of the measure on that position
        assertThat(d.show(new Pitch(Step.B, 0, 4), false)).isEqualTo(NONE);
        assertThat(d.show(new Pitch(Step.B, -1, 4), false)).isEqualTo(-1);
        d.newMeasure();
        assertThat(d.show(new Pitch(Step.B, -1, 4), false)).isEqualTo(NONE);
    }

    @Test
    void courtesyAccidentalInAnotherOctaveOfTheSameStep() {
        AccidentalDisplay d = new AccidentalDisplay(KeySignature.C_MAJOR);
        assertThat(d.show(new Pitch(Step.F, 1, 4), false)).isEqualTo(1);
        assertThat(d.show(new Pitch(Step.F, 0, 5), false)).isEqualTo(0);
        assertThat(d.show(new Pitch(Step.F, 0, 5), false)).isEqualTo(NONE);
        assertThat(d.show(new Pitch(Step.G, 0, 5), false)).isEqualTo(NONE);
    }

    @Test
    void tiedNotesNeverShowAndLeaveTheStateAlone() {
        AccidentalDisplay d = new AccidentalDisplay(KeySignature.C_MAJOR);
        assertThat(d.show(new Pitch(Step.C, 1, 5), false)).isEqualTo(1);
        d.newMeasure();
        assertThat(d.show(new Pitch(Step.C, 1, 5), true)).isEqualTo(NONE);
        assertThat(d.show(new Pitch(Step.C, 1, 5), false)).isEqualTo(1);
    }

    @Test
    void keyChangeClearsTheMeasure() {
        AccidentalDisplay d = new AccidentalDisplay(KeySignature.C_MAJOR);
        d.show(new Pitch(Step.F, 1, 4), false);
        d.setKey(KeySignature.ofFifths(1));
        assertThat(d.show(new Pitch(Step.F, 1, 4), false)).isEqualTo(NONE);
        assertThat(d.show(new Pitch(Step.F, 0, 4), false)).isEqualTo(0);
    }

    @Test
    void resolveReadsBack() {
        AccidentalDisplay d = new AccidentalDisplay(KeySignature.ofFifths(2));
        int f4 = Pitch.of(Step.F, 4).diatonicIndex();
        assertThat(d.resolve(f4, NONE)).isEqualTo(1);
        assertThat(d.resolve(f4, 0)).isEqualTo(0);
        assertThat(d.resolve(f4, NONE)).isEqualTo(0);
        assertThat(d.resolve(f4 + 7, NONE)).isEqualTo(1);
        assertThat(d.inForce(Pitch.of(Step.G, 4).diatonicIndex())).isEqualTo(0);
    }
}
