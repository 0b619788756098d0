package org.scorelab.omr.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scorelab.omr.eval.TokenAlignment.Kind;
import org.scorelab.omr.eval.TokenAlignment.Step;

class TokenAlignmentTest {

    @Test
    void marksSubstitutionInsertionAndDeletionInReadingOrder() {
        List<String> truth = List.of("clef-G2", "note-A4_quarter", "note-B4_eighth", "barline");
        List<String> read = List.of("clef-G2", "note-A4_half", "barline", "barline");
        // truth: clef A4q B4e bar ; read: clef A4h bar bar -> A4q->A4h, B4e->bar (or deleted + inserted), bar
        List<Step> steps = TokenAlignment.align(truth, read);
        assertThat(steps.stream().filter(s -> s.kind() != Kind.SAME).count())
                .isEqualTo(SymbolErrorRate.distance(truth, read)).isEqualTo(2);
        assertThat(steps.get(0)).isEqualTo(new Step(Kind.SAME, "clef-G2", "clef-G2"));
        assertThat(steps.get(1)).isEqualTo(new Step(Kind.SUBSTITUTED, "note-A4_half", "note-A4_quarter"));
        assertThat(steps.get(steps.size() - 1)).isEqualTo(new Step(Kind.SAME, "barline", "barline"));

        assertThat(TokenAlignment.align(List.of("a", "b", "c"), List.of("a", "c")))
                .containsExactly(new Step(Kind.SAME, "a", "a"), new Step(Kind.DELETED, null, "b"), new Step(Kind.SAME, "c", "c"));
        assertThat(TokenAlignment.align(List.of("a"), List.of("x", "a")))
                .containsExactly(new Step(Kind.INSERTED, "x", null), new Step(Kind.SAME, "a", "a"));
        assertThat(TokenAlignment.align(List.of(), List.of())).isEmpty();
    }
}
