package org.scorelab.core.primus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimusVocabularyTest {

    @Test
    void shippedVocabulariesHaveThePublishedSizes() {
        assertThat(PrimusVocabulary.semantic().size()).isEqualTo(1781);
        assertThat(PrimusVocabulary.agnostic().size()).isEqualTo(758);
        assertThat(PrimusVocabulary.semantic().contains("keySignature-EbM")).isTrue();
        assertThat(PrimusVocabulary.semantic().contains("note.quarter-L3")).isFalse();
        assertThat(PrimusVocabulary.agnostic().contains("note.beamedLeft2-L4")).isTrue();
        assertThat(PrimusVocabulary.agnostic().contains("accidental.double_sharp-L3")).isFalse();
    }

    @Test
    void counterCountsOnlyUnknownTokensMostFrequentFirst() {
        OutOfVocabularyCounter c = new OutOfVocabularyCounter(PrimusVocabulary.of("t", List.of("a", "b")));
        c.addLine("a\tx\tb\ty\tx\t");
        c.addTokens(List.of("y", "y", "a"));
        assertThat(c.total()).isEqualTo(8);
        assertThat(c.outOfVocabulary()).isEqualTo(5);
        assertThat(c.rate()).isEqualTo(5.0 / 8);
        assertThat(c.counts()).containsExactly(Map.entry("y", 3L), Map.entry("x", 2L));
    }

    @Test
    void writersStayInsideTheVocabularyForOrdinaryMusic() throws Exception {
        OutOfVocabularyCounter sem = new OutOfVocabularyCounter(PrimusVocabulary.semantic());
        OutOfVocabularyCounter agn = new OutOfVocabularyCounter(PrimusVocabulary.agnostic());
        sem.addLine(new SemanticWriter().toText(PrimusExampleTest.exampleTune()));
        agn.addLine(new AgnosticWriter().toText(PrimusExampleTest.exampleTune()));
        assertThat(sem.counts()).isEmpty();
        assertThat(agn.counts()).isEmpty();
    }
}
