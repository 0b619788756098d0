package org.scorelab.omr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolErrorRateTest {

    private static List<String> t(String tokens) {
        return tokens.isEmpty() ? List.of() : List.of(tokens.split(" "));
    }

    @Test
    void distancesCountedByHand() {
        assertThat(SymbolErrorRate.distance(t("a b c"), t("a b c"))).isZero();
        assertThat(SymbolErrorRate.distance(t("a b c"), t("a x c"))).isEqualTo(1);
        assertThat(SymbolErrorRate.distance(t("a b c"), t("a c"))).isEqualTo(1);
        assertThat(SymbolErrorRate.distance(t("a b c"), t("a b c d"))).isEqualTo(1);
        assertThat(SymbolErrorRate.distance(t("a b c"), t(""))).isEqualTo(3);
        assertThat(SymbolErrorRate.distance(t(""), t("x y"))).isEqualTo(2);
        // kitten -> sitting, token by token: k->s, e->i, insert g
        assertThat(SymbolErrorRate.distance(t("k i t t e n"), t("s i t t i n g"))).isEqualTo(3);
        // a swap costs two substitutions
        assertThat(SymbolErrorRate.distance(t("clef-G2 note-C4_quarter"), t("note-C4_quarter clef-G2"))).isEqualTo(2);
    }

    @Test
    void serSumsDistancesOverSumOfReferenceLengthsNotPerSampleMean() {
        // sample 1: 1 error in 2 tokens; sample 2: 0 errors in 8 tokens.
        // SER = 1/10 = 0.1 (a mean of per-sample rates would be 0.25); SeqER = 1/2.
        SymbolErrorRate r = SymbolErrorRate.of(
                List.of(t("a b"), t("a b c d e f g h")),
                List.of(t("a x"), t("a b c d e f g h")));
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.referenceTokens()).isEqualTo(10);
        assertThat(r.ser()).isCloseTo(0.1, within(1e-12));
        assertThat(r.seqEr()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void seqErIsShareOfWrongSamplesNotErrorsPerSequence() {
        // 3 samples, one with 4 errors: tf-end-to-end's "sequence error" would say 4/3; SeqER is 1/3.
        SymbolErrorRate r = SymbolErrorRate.of(
                List.of(t("a b c d"), t("a"), t("b")),
                List.of(t(""), t("a"), t("b")));
        assertThat(r.seqEr()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.ser()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(r.toString()).isEqualTo("SER 0.6667 (4/6 tokens), SeqER 0.3333 (1/3 samples)");
    }

    @Test
    void incrementalEqualsBatchAndEmptyIsZero() {
        SymbolErrorRate a = SymbolErrorRate.EMPTY.plus(t("a b"), t("a"));
        SymbolErrorRate b = SymbolErrorRate.EMPTY.plus(t("c"), t("c"));
        assertThat(a.plus(b)).isEqualTo(SymbolErrorRate.of(List.of(t("a b"), t("c")), List.of(t("a"), t("c"))));
        assertThat(SymbolErrorRate.EMPTY.ser()).isZero();
        assertThat(SymbolErrorRate.EMPTY.seqEr()).isZero();
        assertThat(SymbolErrorRate.EMPTY.plus(t(""), t("x")).ser()).isInfinite();
    }

    @Test
    void mismatchedCountsAreRefused() {
        assertThatThrownBy(() -> SymbolErrorRate.of(List.of(t("a")), List.of()))
                .hasMessage("expected as many hypotheses as references, got 0 hypotheses for 1 references");
        assertThatThrownBy(() -> new SymbolErrorRate(1, 1, 1, 2))
                .hasMessageContaining("wrongSamples 2");
    }
}
