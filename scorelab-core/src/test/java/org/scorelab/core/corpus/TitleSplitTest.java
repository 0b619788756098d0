package org.scorelab.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleSplitTest {
    @Test
    void normalizationIgnoresCaseAccentsPunctuationAndArticles() {
        assertThat(TitleSplit.normalize("The Kesh Jig")).isEqualTo("kesh jig");
        assertThat(TitleSplit.normalize("Kesh Jig, The")).isEqualTo("kesh jig");
        assertThat(TitleSplit.normalize("  the  KÉSH   jig!")).isEqualTo("kesh jig");
        assertThat(TitleSplit.normalize(null)).isEmpty();
    }

    @Test
    void sameTitleAlwaysLandsOnTheSameSide() {
        TitleSplit s = TitleSplit.DEFAULT;
        Map<String, Split> seen = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            String base = "Reel number " + i;
            Split a = s.of(base);
            assertThat(s.of("The " + base.toUpperCase())).isEqualTo(a);
            assertThat(s.of(base + ", the")).isEqualTo(a);
            assertThat(new TitleSplit(0.8, 0.1, 0.1, "").of(base)).isEqualTo(a);
            Split before = seen.put(TitleSplit.normalize(base), a);
            assertThat(before).isNull();
        }
    }

    @Test
    void fractionsAreRespectedAndSaltRedraws() {
        TitleSplit s = TitleSplit.DEFAULT;
        Map<Split, Integer> n = new EnumMap<>(Split.class);
        int differ = 0;
        TitleSplit salted = new TitleSplit(0.8, 0.1, 0.1, "other");
        for (int i = 0; i < 20000; i++) {
            n.merge(s.of("title " + i), 1, Integer::sum);
            if (salted.of("title " + i) != s.of("title " + i)) {
                differ++;
            }
        }
        assertThat(n.get(Split.TRAIN)).isBetween(15600, 16400);
        assertThat(n.get(Split.VALIDATION)).isBetween(1800, 2200);
        assertThat(n.get(Split.TEST)).isBetween(1800, 2200);
        assertThat(differ).isGreaterThan(4000);
        assertThat(new TitleSplit(1, 0, 0, null).of("anything")).isEqualTo(Split.TRAIN);
    }

    @Test
    void badFractionsAreRejected() {
        assertThatThrownBy(() -> new TitleSplit(0.8, 0.1, 0.2, ""))
                .hasMessage("split fractions must be >= 0 and sum to 1, were 0.8 + 0.1 + 0.2");
        assertThatThrownBy(() -> new TitleSplit(1.1, -0.1, 0, "")).hasMessageContaining("-0.1");
    }
}
