package org.scorelab.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.primus.SemanticReader;
import org.scorelab.core.primus.SemanticWriter;

/**
 * End to end through the model: ABC text in, PrIMuS semantic tokens out. Every expected line was
 * written by hand from the music, not from the program's output.
 */
class AbcToSemanticTest {

    static Stream<Arguments> tunes() {
        return Stream.of(
                Arguments.of("key signature applies to the pitch",
                        "M:2/4\nL:1/8\nK:D\nfg|a2 ba|d4|]",
                        "clef-G2 keySignature-DM timeSignature-2/4 note-F#5_eighth note-G5_eighth barline "
                                + "note-A5_quarter note-B5_eighth note-A5_eighth barline note-D5_half barline"),
                Arguments.of("broken rhythm, a natural that lasts the measure, common time",
                        "M:C\nL:1/8\nK:Gm\nB>c d=e e2 z2|]",
                        "clef-G2 keySignature-BbM timeSignature-C note-Bb4_eighth. note-C5_sixteenth note-D5_eighth "
                                + "note-E5_eighth note-E5_quarter rest-quarter barline"),
                Arguments.of("triplet by its written value, a tie inside the measure",
                        "M:2/4\nL:1/8\nK:C\n(3ABc d-d|d2 z2|]",
                        "clef-G2 keySignature-CM timeSignature-2/4 note-A4_eighth note-B4_eighth note-C5_eighth "
                                + "note-D5_eighth tie note-D5_eighth barline note-D5_quarter rest-quarter barline"),
                Arguments.of("fermata, low octave, unit length a quarter",
                        "M:3/4\nL:1/4\nK:F\nf/e/ d Hc|C,2 z|]",
                        "clef-G2 keySignature-FM timeSignature-3/4 note-F5_eighth note-E5_eighth note-D5_quarter "
                                + "note-C5_quarter_fermata barline note-C3_half rest-quarter barline"),
                Arguments.of("mode, bass clef, repeat signs become barline",
                        "M:3/4\nL:1/8\nK:A dor clef=bass\n|:A,2 B,2 C2:|D6|]",
                        "clef-F4 keySignature-GM timeSignature-3/4 note-A3_quarter note-B3_quarter note-C4_quarter "
                                + "barline note-D4_half. barline"),
                Arguments.of("chord symbol skipped, chord keeps its top note, meter change in place",
                        "M:2/4\nL:1/8\nK:Bb\n\"Bb\"[DFB]2 B2|[M:3/4] c6|]",
                        "clef-G2 keySignature-BbM timeSignature-2/4 note-Bb4_quarter note-Bb4_quarter barline "
                                + "timeSignature-3/4 note-C5_half. barline"),
                Arguments.of("a dash between different pitches is a slur, not a tie",
                        "M:3/4\nL:1/8\nK:C\nd-c e-e f2|]",
                        "clef-G2 keySignature-CM timeSignature-3/4 note-D5_eighth note-C5_eighth note-E5_eighth tie "
                                + "note-E5_eighth note-F5_quarter barline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tunes")
    void abcGivesTheHandWrittenTokens(String what, String body, String expected) throws Exception {
        ReadResult read = new AbcReader().readString("t.abc", "X:1\nT:t\n" + body + "\n");
        assertThat(read.failures()).isEmpty();
        String tokens = new SemanticWriter().toText(read.tunes().get(0));
        assertThat(tokens).isEqualTo(String.join("\t", expected.split(" ")) + "\t");
        // and the tokens read back to a tune that writes the same tokens
        String again = new SemanticWriter().toText(new SemanticReader().parse(tokens, "t.semantic"));
        assertThat(again).isEqualTo(tokens);
    }
}
