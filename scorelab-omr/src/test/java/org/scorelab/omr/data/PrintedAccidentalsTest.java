package org.scorelab.omr.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedAccidentalsTest {

    private static List<String> line(String s) {
        return Arrays.asList(s.split(" "));
    }

    /** The semantic line spells as the printed one, and reads back to itself. */
    private static void assertSpelling(String semantic, String printed) {
        assertThat(PrintedAccidentals.spell(line(semantic))).isEqualTo(line(printed));
        assertThat(PrintedAccidentals.read(line(printed))).isEqualTo(line(semantic));
    }

    @Test
    void keySignatureNotesShowNothingAndNaturalsCancelIt() {
        // B major, as on a staff: the key's sharps print nothing, D natural prints a natural
        assertSpelling("clef-G2 keySignature-BM timeSignature-6/8 note-D5_eighth note-C#5_eighth note-A#4_sixteenth "
                + "barline note-D#5_quarter", "clef-G2 keySignature-BM timeSignature-6/8 accidental-natural "
                + "note-D5_eighth note-C5_eighth note-A4_sixteenth barline note-D5_quarter");
    }

    @Test
    void anAccidentalHoldsToTheBarLineOnItsOwnPositionOnly() {
        assertSpelling("clef-G2 keySignature-CM note-F#4_quarter note-F#4_quarter note-F#5_quarter note-F4_quarter "
                + "barline note-F4_quarter", "clef-G2 keySignature-CM accidental-sharp note-F4_quarter "
                + "note-F4_quarter accidental-sharp note-F5_quarter accidental-natural note-F4_quarter barline "
                + "note-F4_quarter");
    }

    @Test
    void aTiedNoteKeepsItsPitchAcrossTheBarLine() {
        assertSpelling("clef-G2 keySignature-FM note-Eb4_half tie barline note-Eb4_quarter note-E4_quarter",
                "clef-G2 keySignature-FM accidental-flat note-E4_half tie barline note-E4_quarter note-E4_quarter");
    }

    @Test
    void graceNotesAndAKeyChangeFollowTheSameRules() {
        assertSpelling("clef-F4 keySignature-EbM gracenote-Ab3_sixteenth note-A3_quarter barline keySignature-DM "
                + "note-F#3_quarter note-C3_eighth", "clef-F4 keySignature-EbM gracenote-A3_sixteenth "
                + "accidental-natural note-A3_quarter barline keySignature-DM note-F3_quarter accidental-natural "
                + "note-C3_eighth");
    }

    @Test
    void readingToleratesStrayAccidentalsAndNotesSpeltWithTheirAlteration() {
        assertThat(PrintedAccidentals.read(line("keySignature-GM accidental-sharp barline note-F4_quarter "
                + "accidental-flat accidental-natural note-B4_quarter note-C#5_quarter note-C5_quarter")))
                .isEqualTo(line("keySignature-GM barline note-F#4_quarter note-B4_quarter note-C#5_quarter "
                        + "note-C#5_quarter"));
    }

    @Test
    void sharesNothingWithTheSoundingSpelling() throws Exception {
        List<String> semantic = line("clef-G2 keySignature-DM note-F#4_quarter");
        assertThat(NoteSpelling.SOUNDING.spell(semantic)).isEqualTo(semantic);
        assertThat(NoteSpelling.PRINTED.spell(semantic)).containsExactly("clef-G2", "keySignature-DM",
                "note-F4_quarter");
        OmrVocabulary v = OmrVocabulary.primus(Encoding.SEMANTIC);
        OmrVocabulary printed = v.withSpelling(NoteSpelling.PRINTED);
        // the accidentals first, then the unaltered forms PrIMuS lacks, all after the old classes
        assertThat(printed.tokens().subList(0, v.tokens().size())).isEqualTo(v.tokens());
        assertThat(printed.tokens().subList(v.tokens().size(), v.tokens().size() + 3))
                .isEqualTo(PrintedAccidentals.TOKENS);
        assertThat(v.tokens()).contains("note-F#5_eighth_fermata").doesNotContain("note-F5_eighth_fermata");
        assertThat(printed.tokens()).contains("note-F5_eighth_fermata");
        assertThat(printed.withSpelling(NoteSpelling.PRINTED).tokens()).isEqualTo(printed.tokens());
        assertThat(v.savedWith(NoteSpelling.PRINTED).tokens()).isEqualTo(v.tokens());
        // a vocabulary without the unaltered form names the token it lacks, as spelt
        assertThatThrownBy(() -> v.savedWith(NoteSpelling.PRINTED).encode(
                line("keySignature-GM note-F#5_eighth_fermata"), "x.semantic"))
                .isInstanceOf(org.scorelab.core.io.InvalidInputException.class).hasMessageContaining("x.semantic")
                .hasMessageContaining("token 2 as printed").hasMessageContaining("note-F5_eighth_fermata");
        assertThat(printed.index("note-F4_quarter")).isEqualTo(v.index("note-F4_quarter"));
        int[] labels = printed.encode(line("keySignature-CM note-F#4_quarter"), "test");
        assertThat(labels).containsExactly(printed.index("keySignature-CM"), printed.index("accidental-sharp"),
                printed.index("note-F4_quarter"));
        assertThat(printed.decode(labels)).containsExactly("keySignature-CM", "note-F#4_quarter");
    }
}
