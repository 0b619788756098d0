package org.scorelab.omr.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultirestDigitsTest {

    private static List<String> line(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void countsAreReadDigitByDigitAndBack() {
        List<String> semantic = line("clef-C1 keySignature-EbM timeSignature-2/4 multirest-23 barline rest-quarter "
                + "barline multirest-1111 barline multirest-7");
        List<String> spelt = line("clef-C1 keySignature-EbM timeSignature-2/4 multirest digit-2 digit-3 barline "
                + "rest-quarter barline multirest digit-1 digit-1 digit-1 digit-1 barline multirest digit-7");
        assertThat(MultirestDigits.spell(semantic)).isEqualTo(spelt);
        assertThat(MultirestDigits.read(spelt)).isEqualTo(semantic);
    }

    @Test
    void aCountNoVocabularyListsIsReadToo() {
        assertThat(MultirestDigits.read(line("multirest digit-9 digit-7 barline"))).containsExactly("multirest-97",
                "barline");
    }

    @Test
    void strayTokensAreDroppedNotGuessed() {
        // a multirest without a count, digits with no multirest, a count of zero, leading zeros
        assertThat(MultirestDigits.read(line("multirest barline digit-4 note-C4_quarter multirest digit-0 barline "
                + "multirest digit-0 digit-5"))).containsExactly("barline", "note-C4_quarter", "barline", "multirest-5");
    }

    @Test
    void thePrintedDigitsSpellingExtendsThePrintedOne() throws Exception {
        OmrVocabulary v = OmrVocabulary.primus(Encoding.SEMANTIC);
        OmrVocabulary printed = v.withSpelling(NoteSpelling.PRINTED);
        OmrVocabulary digits = v.withSpelling(NoteSpelling.PRINTED_DIGITS);
        // a printed model's classes keep their indices: --init-from can start from it
        assertThat(digits.tokens().subList(0, printed.tokens().size())).isEqualTo(printed.tokens());
        assertThat(digits.tokens().subList(printed.tokens().size(), digits.tokens().size()))
                .containsExactly("multirest", "digit-0", "digit-1", "digit-2", "digit-3", "digit-4", "digit-5",
                        "digit-6", "digit-7", "digit-8", "digit-9");
        List<String> semantic = line("clef-G2 keySignature-DM multirest-97 barline note-F#4_quarter note-C5_quarter");
        int[] labels = digits.encode(semantic, "test");
        assertThat(labels).containsExactly(digits.index("clef-G2"), digits.index("keySignature-DM"),
                digits.index("multirest"), digits.index("digit-9"), digits.index("digit-7"), digits.index("barline"),
                digits.index("note-F4_quarter"), digits.index("accidental-natural"), digits.index("note-C5_quarter"));
        assertThat(digits.decode(labels)).isEqualTo(semantic);
        assertThat(NoteSpelling.parse("printed-digits")).isEqualTo(NoteSpelling.PRINTED_DIGITS);
        assertThat(NoteSpelling.PRINTED_DIGITS.cliName()).isEqualTo("printed-digits");
    }
}
