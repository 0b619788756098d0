package org.scorelab.core.abc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorelab.core.model.Clef;
import org.scorelab.core.model.Fraction;
import org.scorelab.core.model.KeySignature;
import org.scorelab.core.model.KeySignature.Mode;
import org.scorelab.core.model.TimeSignature;

/** K:, M: and Q: values, and the names the writer gives keys and clefs. */
class AbcFieldsTest {

    @ParameterizedTest
    @CsvSource({
        "G, 1, MAJOR", "Em, 1, MINOR", "Emin, 1, MINOR", "E minor, 1, MINOR", "EM, 1, MINOR", "Eaeo, 1, MINOR",
        "Ador, 1, DORIAN", "ADor, 1, DORIAN", "Adorian, 1, DORIAN", "Dmix, 1, MIXOLYDIAN", "DMix, 1, MIXOLYDIAN",
        "Dmixm, 1, MIXOLYDIAN", "F#m, 3, MINOR", "Bb, -2, MAJOR", "Ebmaj, -3, MAJOR", "Cion, 0, MAJOR",
        "Flyd, 0, LYDIAN", "Ephr, 0, PHRYGIAN", "Bloc, 0, LOCRIAN", "C#, 7, MAJOR", "Cb, -7, MAJOR",
        "none, 0, MAJOR", "HP, 2, MIXOLYDIAN", "Hp, 2, MIXOLYDIAN", "G clef=bass, 1, MAJOR", "D exp ^g, 2, MAJOR"
    })
    void keys(String value, int fifths, Mode mode) throws Exception {
        assertThat(AbcFields.parseKey(value, 1, 3).signature()).isEqualTo(new KeySignature(fifths, mode));
    }

    @ParameterizedTest
    @CsvSource({"C clef=bass, F, 4, 0", "C bass, F, 4, 0", "C clef=alto, C, 3, 0", "C tenor, C, 4, 0",
        "clef=treble, G, 2, 0", "clef=treble-8, G, 2, -1", "Am bass3, F, 3, 0"})
    void clefs(String value, Clef.Sign sign, int line, int shift) throws Exception {
        assertThat(AbcFields.parseKey(value, 1, 3).clef()).isEqualTo(new Clef(sign, line, shift));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "-1", "2", "-3", "4", "5", "-5", "6", "-6", "7", "-7"})
    void keyNamesReadBackToTheSameSignatureInEveryMode(int fifths) throws Exception {
        for (Mode mode : Mode.values()) {
            KeySignature k = new KeySignature(fifths, mode);
            assertThat(AbcFields.parseKey(AbcFields.keyName(k), 1, 3).signature()).isEqualTo(k);
        }
    }

    @ParameterizedTest
    @CsvSource({"G2", "F4", "C3", "C4", "C1", "F3", "G1"})
    void clefNamesReadBack(String code) throws Exception {
        for (int shift = -1; shift <= 1; shift++) {
            Clef c = new Clef(Clef.Sign.valueOf(code.substring(0, 1)), code.charAt(1) - '0', shift);
            assertThat(AbcFields.parseKey("C clef=" + AbcFields.clefName(c), 1, 3).clef()).isEqualTo(c);
        }
    }

    @ParameterizedTest
    @CsvSource({"C, 4, 4, COMMON", "C|, 2, 2, CUT", "none, 4, 4, NONE", "'', 4, 4, NONE", "3/4, 3, 4, NUMBERS",
        "2+3/8, 5, 8, NUMBERS", "' 6/8 ', 6, 8, NUMBERS"})
    void meters(String value, int beats, int type, TimeSignature.Symbol symbol) throws Exception {
        assertThat(AbcFields.parseMeter(value, 1, 3)).isEqualTo(new TimeSignature(beats, type, symbol));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"1/4=120; 120", "120; 60", "C=120; 60", "C2=60; 60",
        "\"Allegro\" 1/4=100; 100", "3/8=60; 90", "1/4 1/8=40; 60", "Allegro; 0", "1/4=x; 0"})
    void tempoInQuarterNotesPerMinuteWithAnEighthUnit(String value, int bpm) {
        assertThat(AbcFields.parseTempo(value, Fraction.of(1, 8))).isEqualTo(bpm);
    }
}
