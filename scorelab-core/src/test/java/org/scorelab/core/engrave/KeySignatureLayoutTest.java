package org.scorelab.core.engrave;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.KeySignature;

/** Positions counted by hand from engraved key signatures (0 = bottom line). */
class KeySignatureLayoutTest {

    private static int[] at(Clef c, int fifths) {
        return KeySignatureLayout.positions(c, KeySignature.ofFifths(fifths));
    }

    @Test
    void trebleSharpsAndFlats() {
        // F5 C5 G5 D5 A4 E5 B4 and B4 E5 A4 D5 G4 C5 F4
        assertThat(at(Clef.TREBLE, 7)).containsExactly(8, 5, 9, 6, 3, 7, 4);
        assertThat(at(Clef.TREBLE, -7)).containsExactly(4, 7, 3, 6, 2, 5, 1);
    }

    @Test
    void bassSharpsAndFlats() {
        assertThat(at(Clef.BASS, 7)).containsExactly(6, 3, 7, 4, 1, 5, 2);
        assertThat(at(Clef.BASS, -7)).containsExactly(2, 5, 1, 4, 0, 3, -1);
    }

    @Test
    void altoAndTenor() {
        assertThat(at(Clef.ALTO, 7)).containsExactly(7, 4, 8, 5, 2, 6, 3);
        assertThat(at(Clef.ALTO, -7)).containsExactly(3, 6, 2, 5, 1, 4, 0);
        // the tenor clef's low zig-zag for sharps: F3 C4 G3 D4 A3 E4 B3
        assertThat(at(Clef.TENOR, 7)).containsExactly(2, 6, 3, 7, 4, 8, 5);
        assertThat(at(Clef.TENOR, -7)).containsExactly(5, 8, 4, 7, 3, 6, 2);
    }

    @Test
    void sopranoFlatsMatchThePrimusExample() {
        // accidental.flat-L4 accidental.flat-L2 accidental.flat-S3
        assertThat(at(new Clef(Clef.Sign.C, 1, 0), -3)).containsExactly(6, 2, 5);
    }

    @Test
    void otherClefsAsVerovioDrawsThem() {
        // read off Verovio 6.3 renderings of seven sharps and seven flats in each clef
        assertThat(at(new Clef(Clef.Sign.C, 1, 0), 7)).containsExactly(3, 0, 4, 1, 5, 2, 6);
        assertThat(at(new Clef(Clef.Sign.C, 1, 0), -7)).containsExactly(6, 2, 5, 1, 4, 0, 3);
        assertThat(at(new Clef(Clef.Sign.C, 2, 0), 7)).containsExactly(5, 2, 6, 3, 7, 4, 8);
        assertThat(at(new Clef(Clef.Sign.C, 2, 0), -7)).containsExactly(1, 4, 0, 3, 6, 2, 5);
        assertThat(at(new Clef(Clef.Sign.C, 5, 0), 7)).containsExactly(4, 1, 5, 2, 6, 3, 7);
        assertThat(at(new Clef(Clef.Sign.C, 5, 0), -7)).containsExactly(7, 3, 6, 2, 5, 1, 4);
        assertThat(at(new Clef(Clef.Sign.F, 3, 0), 7)).containsExactly(4, 1, 5, 2, 6, 3, 7);
        assertThat(at(new Clef(Clef.Sign.F, 5, 0), -7)).containsExactly(4, 7, 3, 6, 9, 5, 8);
        assertThat(at(new Clef(Clef.Sign.G, 1, 0), -7)).containsExactly(2, 5, 1, 4, 0, 3, -1);
    }

    @Test
    void aGivenWindowPutsEveryAccidentalAtItsOnlyPositionThere() {
        Clef baritone = new Clef(Clef.Sign.F, 3, 0);
        // Verovio's window on the baritone clef starts at 1 (B-flat above the middle line); LilyPond's
        // at -1, which puts the A-flat in the space below the staff (bottom line B2 = position 0)
        assertThat(KeySignatureLayout.positions(baritone, KeySignature.ofFifths(-3))).containsExactly(7, 3, 6);
        assertThat(KeySignatureLayout.positions(baritone, KeySignature.ofFifths(-3), -1)).containsExactly(0, 3, -1);
        assertThat(KeySignatureLayout.positions(Clef.TREBLE, KeySignature.ofFifths(2), 3)).containsExactly(8, 5);
    }

    @Test
    void cMajorHasNone() {
        assertThat(at(Clef.TREBLE, 0)).isEmpty();
    }
}
