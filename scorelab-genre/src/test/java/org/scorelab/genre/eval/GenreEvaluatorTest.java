package org.scorelab.genre.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenreEvaluatorTest {

    @TempDir
    Path dir;

    /**
     * Actual a a a a b b c, predicted a a a b b c c: confusion [[3,1,0],[0,1,1],[0,0,1]].
     * a: P 3/3, R 3/4, F1 6/7. b: P 1/2, R 1/2, F1 1/2. c: P 1/2, R 1, F1 2/3.
     */
    @Test
    void metricsByHand() {
        GenreEvaluation e = new GenreEvaluator().evaluate(List.of("a", "b", "c"),
                List.of("a", "a", "a", "a", "b", "b", "c"), List.of("a", "a", "a", "b", "b", "c", "c"));
        assertThat(e.confusion()).isEqualTo(new int[][] {{3, 1, 0}, {0, 1, 1}, {0, 0, 1}});
        assertThat(e.accuracy()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(e.perClass().get("a").precision()).isEqualTo(1.0);
        assertThat(e.perClass().get("a").recall()).isEqualTo(0.75);
        assertThat(e.perClass().get("a").f1()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(e.perClass().get("b").f1()).isCloseTo(0.5, within(1e-12));
        assertThat(e.perClass().get("c").precision()).isEqualTo(0.5);
        assertThat(e.perClass().get("c").recall()).isEqualTo(1.0);
        assertThat(e.perClass().get("c").support()).isEqualTo(1);
        assertThat(e.macroF1()).isCloseTo((6.0 / 7 + 0.5 + 2.0 / 3) / 3, within(1e-12));
        assertThat(e.total()).isEqualTo(7);
        assertThat(e.confusionMarkdown()).contains("| a | 3 | 1 | 0 | 0.750 |");
    }

    @Test
    void aClassNeverPredictedHasZeroPrecisionAndAClassAbsentIsLeftOutOfMacroF1() {
        GenreEvaluation e = new GenreEvaluator().evaluate(List.of("a", "b", "c"), List.of("a", "b"), List.of("a", "a"));
        assertThat(e.perClass().get("b").precision()).isZero();
        assertThat(e.perClass().get("b").f1()).isZero();
        assertThat(e.perClass().get("c").support()).isZero();
        // a: P 1/2, R 1, F1 2/3; b: 0; c absent
        assertThat(e.macroF1()).isCloseTo((2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void unknownLabelsAndLengthMismatchAreNamed() {
        GenreEvaluator ev = new GenreEvaluator();
        assertThatThrownBy(() -> ev.evaluate(List.of("a"), List.of("a"), List.of("z")))
                .hasMessage("label 'z' is not one of [a]");
        assertThatThrownBy(() -> ev.evaluate(List.of("a"), List.of("a"), List.of()))
                .hasMessage("1 actual labels but 0 predictions");
    }

    @Test
    void confusionImageIsWrittenWithOneCellPerPair() throws Exception {
        GenreEvaluation e = GenreEvaluation.of(List.of("a", "b"), new int[][] {{9, 1}, {0, 5}});
        Path png = dir.resolve("c.png");
        new ConfusionMatrixImage().write(e, "test", png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(2 * 96);
        // the diagonal cell of b (all of its row) is the darkest shade, the off-diagonal 0 cell is white
        assertThat(img.getRGB(130 + 96 + 5, 90 + 96 + 5) & 0xffffff).isEqualTo(ConfusionMatrixImage.shade(1.0).getRGB() & 0xffffff);
        assertThat(img.getRGB(130 + 5, 90 + 96 + 5) & 0xffffff).isEqualTo(0xffffff);
    }
}
