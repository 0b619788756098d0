package org.scorelab.genre.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.core.corpus.Corpus;
import org.scorelab.core.corpus.Split;
import org.scorelab.core.corpus.TitleSplit;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.eval.GenreEvaluation;
import org.scorelab.genre.eval.GenreEvaluator;
import org.scorelab.genre.features.SymbolicFeatures;

/** The models under models/genre/symbolic still fit the code: same feature layout, same test score. */
class ShippedModelTest {

    private static final Path MODELS = Path.of("..", "models", "genre", "symbolic");
    private static final Path TUNES = sharedTunes();

    /** The shared tune collections: {@code shared/data/tunes} beside the repository or above it. */
    private static Path sharedTunes() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/tunes");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("shared/data/tunes");
    }


    /** Reads the text half of a saved model only: loading the forests themselves takes seconds. */
    @Test
    void shippedModelsMatchTheCurrentFeatureLayout() throws Exception {
        assumeTrue(Files.isRegularFile(MODELS.resolve("style.properties")), "no shipped models in this checkout");
        for (String task : new String[] {"style", "dance"}) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(MODELS.resolve(task + ".properties"))) {
                p.load(in);
            }
            assertThat(p.getProperty("format")).isEqualTo(GenreModel.FORMAT);
            SymbolicFeatures f = SymbolicFeatures.bySetName(p.getProperty("features.set"));
            assertThat(List.of(p.getProperty("features.names").split(","))).as(task + ": retrain after changing the features")
                    .isEqualTo(f.names());
            assertThat(p.stringPropertyNames()).contains("provenance.command", "provenance.metrics.test", "provenance.trained",
                    "provenance.data");
            assertThat(MODELS.resolve(p.getProperty("weights"))).isRegularFile();
        }
    }

    @Test
    @Tag("slow")
    void theStyleModelScoresWhatItsFileSaysOnTheTestSplit() throws Exception {
        assumeTrue(Files.isDirectory(TUNES) && Files.isRegularFile(MODELS.resolve("style.properties")), "needs the tunes and the model");
        GenreModel m = GenreModel.load(MODELS.resolve("style.properties"));
        assertThat(m.labels()).containsExactly("celtic", "chinese", "chorale", "english", "german");
        Corpus corpus = Corpus.load(TUNES, TitleSplit.DEFAULT);
        var test = SymbolicExperiment.samples(corpus, GenreTask.STYLE, SymbolicFeatures.bySetName(m.featureSet())).get(Split.TEST);
        GenreEvaluation e = new GenreEvaluator().evaluate(m, test);
        String expected = String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f, %d samples", e.accuracy(), e.macroF1(), e.total());
        assertThat(m.provenance().get("metrics.test")).isEqualTo(expected);
    }
}
