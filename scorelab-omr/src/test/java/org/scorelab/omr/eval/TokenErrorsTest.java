package org.scorelab.omr.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenErrorsTest {

    @Test
    void anAlignmentNamesEachReplacedDroppedAndAddedToken() {
        List<String> ref = List.of("clef-G2", "note-G4_eighth", "note-Gb4_eighth", "barline", "rest-quarter");
        List<String> hyp = List.of("clef-G2", "note-G4_eighth", "note-G4_eighth", "rest-quarter", "tie");
        assertThat(TokenErrors.align(ref, hyp)).containsExactly(
                new TokenErrors.Edit("note-Gb4_eighth", "note-G4_eighth"),
                new TokenErrors.Edit("barline", null),
                new TokenErrors.Edit(null, "tie"));
        assertThat(TokenErrors.align(ref, ref)).isEmpty();
        assertThat(TokenErrors.align(List.of(), List.of("a", "b"))).containsExactly(
                new TokenErrors.Edit(null, "a"), new TokenErrors.Edit(null, "b"));
    }

    @Test
    void categoriesTellAlterationFromStaffPositionFromDuration() {
        assertThat(new TokenErrors.Edit("note-Gb4_eighth", "note-G4_eighth").category()).isEqualTo("note alteration");
        assertThat(new TokenErrors.Edit("note-G#4_eighth", "note-A4_eighth").category()).isEqualTo("note pitch");
        assertThat(new TokenErrors.Edit("note-G4_eighth", "note-G5_eighth").category()).isEqualTo("note pitch");
        assertThat(new TokenErrors.Edit("note-G4_eighth", "note-G4_quarter").category()).isEqualTo("note duration");
        assertThat(new TokenErrors.Edit("note-G4_eighth", "note-A4_quarter").category()).isEqualTo("note pitch and duration");
        assertThat(new TokenErrors.Edit("gracenote-C5_sixteenth", "gracenote-C#5_sixteenth").category()).isEqualTo("gracenote alteration");
        assertThat(new TokenErrors.Edit("keySignature-DbM", "keySignature-GbM").category()).isEqualTo("keySignature misread");
        assertThat(new TokenErrors.Edit("note-G4_eighth", "rest-eighth").category()).isEqualTo("note misread");
        assertThat(new TokenErrors.Edit("barline", null).category()).isEqualTo("barline missing");
        assertThat(new TokenErrors.Edit(null, "tie").category()).isEqualTo("tie extra");
        assertThat(new TokenErrors.Edit(null, "tie").describe()).isEqualTo("(extra) tie");
        assertThat(new TokenErrors.Edit("note-E4_eighth", "note-Eb4_eighth").describe()).isEqualTo("note-E4_eighth -> note-Eb4_eighth");
    }

    @Test
    void theTallyCountsExactlyTheEditDistanceOnRandomPairs() {
        Random random = new Random(5);
        String[] alphabet = {"a", "b", "c", "barline"};
        List<List<String>> refs = new ArrayList<>();
        List<List<String>> hyps = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            refs.add(randomTokens(random, alphabet));
            hyps.add(randomTokens(random, alphabet));
            assertThat(TokenErrors.align(refs.get(k), hyps.get(k))).hasSize(SymbolErrorRate.distance(refs.get(k), hyps.get(k)));
        }
        TokenErrors e = TokenErrors.of(refs, hyps);
        assertThat((long) e.total()).isEqualTo(SymbolErrorRate.of(refs, hyps).errors());
        assertThat(e.categories().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(e.total());
    }

    @Test
    void topOrdersByCountThenName() {
        var top = TokenErrors.top(java.util.Map.of("b", 2, "a", 2, "c", 5, "d", 1), 3);
        assertThat(top.stream().map(java.util.Map.Entry::getKey).toList()).containsExactly("c", "a", "b");
    }

    private static List<String> randomTokens(Random random, String[] alphabet) {
        List<String> out = new ArrayList<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            out.add(alphabet[random.nextInt(alphabet.length)]);
        }
        return out;
    }
}
