package org.scorelab.genre.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class GenreTrainerTest {

    private static final List<Sample> TRAIN = Blobs.make(120, 1);
    private static final List<Sample> TEST = Blobs.make(60, 2);

    private static GenreTrainer.Config fast(ClassifierKind kind) {
        return GenreTrainer.Config.defaults(kind).withTrees(60).withEpochs(10);
    }

    @ParameterizedTest
    @EnumSource(ClassifierKind.class)
    void everyKindSeparatesWellSeparatedClasses(ClassifierKind kind) {
        GenreModel m = new GenreTrainer(fast(kind)).train("test", Blobs.NAMES, TRAIN);
        assertThat(m.labels()).containsExactly("x", "y", "z");
        int right = 0;
        for (Sample s : TEST) {
            GenrePrediction p = m.predict(s.features());
            assertThat(p.confidence()).isBetween(0.0, 1.0);
            assertThat(p.scores()).containsKey(p.label());
            if (p.label().equals(s.label())) {
                right++;
            }
        }
        assertThat((double) right / TEST.size()).as(kind.cliName()).isGreaterThan(0.93);
        GenrePrediction centre = m.predict(new double[] {4, 0, 7, 0});
        assertThat(centre.label()).isEqualTo("y");
        assertThat(centre.confidence()).as(kind.cliName()).isGreaterThan(0.5);
    }

    @Test
    void theSameSeedGivesTheSameModel() {
        GenreTrainer.Config c = fast(ClassifierKind.RANDOM_FOREST).withSeed(42);
        GenreModel a = new GenreTrainer(c).train("test", Blobs.NAMES, TRAIN);
        GenreModel b = new GenreTrainer(c).train("test", Blobs.NAMES, TRAIN);
        for (Sample s : TEST) {
            assertThat(a.predict(s.features())).isEqualTo(b.predict(s.features()));
        }
    }

    @Test
    void standardisationIsFittedOnTheTrainingSamplesOnly() {
        List<Sample> train = List.of(new Sample("1", new double[] {1, 5}, "x"), new Sample("2", new double[] {3, 5}, "y"));
        Standardizer s = Standardizer.fit(train);
        assertThat(s.mean()).containsExactly(2, 5);
        assertThat(s.std()).containsExactly(1, 1);
        assertThat(s.apply(new double[] {4, 6})).containsExactly(2, 1);
        assertThatThrownBy(() -> s.apply(new double[] {1})).hasMessage("got 1 features, expected 2");
    }

    @Test
    void classWeightsGiveEveryClassTheSameTotal() {
        Map<String, Float> w = GenreTrainer.classWeights(Map.of("big", 30, "small", 10), 40);
        assertThat(w.get("big")).isCloseTo(40f / 60, within(1e-6f));
        assertThat(w.get("small")).isCloseTo(2f, within(1e-6f));
        assertThat(w.get("big") * 30).isCloseTo(w.get("small") * 10, within(1e-4f));
    }

    @Test
    void badConfigAndDataAreNamed() {
        assertThatThrownBy(() -> GenreTrainer.Config.defaults(ClassifierKind.KNN).withNeighbours(0))
                .hasMessage("neighbours must be positive, was 0.0");
        assertThatThrownBy(() -> GenreTrainer.Config.defaults(ClassifierKind.RBF_SVM).withGamma(Double.NaN))
                .hasMessage("gamma must be positive, was NaN");
        GenreTrainer t = new GenreTrainer(GenreTrainer.Config.defaults(ClassifierKind.SOFTMAX));
        assertThatThrownBy(() -> t.train("test", Blobs.NAMES, TRAIN.stream().filter(s -> s.label().equals("x")).toList()))
                .hasMessage("need at least two classes to train, got [x]");
        assertThatThrownBy(() -> t.train("test", List.of("a"), TRAIN)).hasMessageContaining("has 4 features, expected 1");
        assertThatThrownBy(() -> new Sample("s1", new double[] {Double.NaN}, "x"))
                .hasMessage("feature 0 of sample s1 is NaN, expected a finite number");
        assertThatThrownBy(() -> ClassifierKind.parse("mlp")).hasMessageStartingWith("unknown classifier 'mlp', expected one of decision-tree");
    }
}
