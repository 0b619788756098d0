package org.scorelab.omr.eval.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestatementsTest {

    @Test
    void clefKeyAndTimeRestatedAtASystemStartAreDropped() {
        List<String> joined = List.of("clef-G2", "keySignature-DM", "timeSignature-6/8", "note-D5_quarter", "barline",
                "clef-G2", "keySignature-DM", "timeSignature-6/8", "note-E5_eighth", "barline");
        assertThat(Restatements.drop(joined)).containsExactly("clef-G2", "keySignature-DM", "timeSignature-6/8",
                "note-D5_quarter", "barline", "note-E5_eighth", "barline");
    }

    @Test
    void realChangesAndChangesBackAreKept() {
        List<String> tokens = List.of("clef-G2", "keySignature-DM", "timeSignature-2/4", "note-D5_quarter", "barline",
                "keySignature-GM", "timeSignature-3/4", "note-G4_half.", "barline",
                "clef-G2", "keySignature-DM", "timeSignature-3/4", "note-A4_half.", "barline");
        assertThat(Restatements.drop(tokens)).containsExactly("clef-G2", "keySignature-DM", "timeSignature-2/4",
                "note-D5_quarter", "barline", "keySignature-GM", "timeSignature-3/4", "note-G4_half.", "barline",
                "keySignature-DM", "note-A4_half.", "barline");
    }

    @Test
    void aRestatementInsideASystemIsDroppedToo() {
        assertThat(Restatements.drop(List.of("clef-G2", "note-C5_quarter", "clef-G2", "note-D5_quarter")))
                .containsExactly("clef-G2", "note-C5_quarter", "note-D5_quarter");
    }

    @Test
    void aMisreadClefCostsItselfAndTheChangeBack() {
        List<String> reference = Restatements.drop(List.of("clef-G2", "keySignature-CM", "note-C5_quarter", "barline",
                "clef-G2", "keySignature-CM", "note-D5_quarter", "barline",
                "clef-G2", "keySignature-CM", "note-E5_quarter", "barline"));
        List<String> read = Restatements.drop(List.of("clef-G2", "keySignature-CM", "note-C5_quarter", "barline",
                "clef-F4", "keySignature-CM", "note-D5_quarter", "barline",
                "clef-G2", "keySignature-CM", "note-E5_quarter", "barline"));
        assertThat(read).containsExactly("clef-G2", "keySignature-CM", "note-C5_quarter", "barline", "clef-F4",
                "note-D5_quarter", "barline", "clef-G2", "note-E5_quarter", "barline");
        assertThat(org.scorelab.omr.eval.SymbolErrorRate.distance(reference, read)).isEqualTo(2);
    }

    @Test
    void otherTokensAndEmptyListsAreLeftAloneAndTheRuleIsIdempotent() {
        assertThat(Restatements.drop(List.of())).isEmpty();
        List<String> plain = List.of("note-C5_quarter", "tie", "note-C5_eighth", "barline", "rest-quarter", "multirest-4");
        assertThat(Restatements.drop(plain)).isEqualTo(plain);
        List<String> once = Restatements.drop(List.of("clef-C1", "clef-C1", "keySignature-FM", "timeSignature-C",
                "keySignature-FM", "timeSignature-C/", "timeSignature-C/"));
        assertThat(once).containsExactly("clef-C1", "keySignature-FM", "timeSignature-C", "timeSignature-C/");
        assertThat(Restatements.drop(once)).isEqualTo(once);
    }
}
