package org.scorelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.model.Tune;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;
import org.scorelab.genre.classify.GenreTrainer;
import org.scorelab.genre.classify.Sample;
import org.scorelab.genre.features.SymbolicFeatures;

/**
 * Runs {@code classify}: the command's handling with a small model trained here (a forest of the
 * whole corpus takes seconds to load), and the shipped models of models/genre/symbolic in slow tests.
 */
class ClassifyCommandTest {

    @TempDir
    Path dir;

    private static final String REEL = "X:1\nT:Test Reel\nM:4/4\nL:1/8\nK:D\n"
            + "|:A2FA dAFA|BGGF G2FG|A2FA dAFA|Bdce d2d2:|\n|:fd d2 fagf|ecAc efge|fd d2 fagf|edcB A2AB:|]\n";
    private static final String JIG = "X:2\nT:Test Jig\nM:6/8\nL:1/8\nK:G\n"
            + "|:GAB dBG|AGE DEG|GAB dBG|AGF G3:|\n|:gfg edB|ded BAG|gfg edB|AGF G3:|]\n";

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** A nearest-neighbour model that tells the reel from the jig, saved under the temporary folder. */
    private Path smallModel() throws Exception {
        return smallSymbolicModel(dir);
    }

    /** The same, saved in {@code dir}. */
    static Path smallSymbolicModel(Path dir) throws Exception {
        List<Sample> train = new ArrayList<>();
        for (String[] t : new String[][] {{REEL, "reel"}, {JIG, "jig"}}) {
            Tune tune = new AbcReader().readString("train.abc", t[0]).tunes().get(0);
            train.add(new Sample(t[1], SymbolicFeatures.WITH_METER.extract(tune), t[1]));
        }
        GenreModel m = new GenreTrainer(GenreTrainer.Config.defaults(ClassifierKind.KNN).withNeighbours(1))
                .train(SymbolicFeatures.WITH_METER, train);
        Path file = dir.resolve("small.properties");
        m.save(file);
        return file;
    }

    @Test
    void writesOneRowPerTuneWithALabelAndAConfidence() throws Exception {
        Path in = write("two.abc", REEL + "\n" + JIG);
        Path out = dir.resolve("preds.csv");
        CommandRun run = CommandRun.of("classify", in.toString(), "--model", smallModel().toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo("file,tune,label,confidence");
        assertThat(rows.get(1)).isEqualTo(in + ",1,reel,1.0000");
        assertThat(rows.get(2)).isEqualTo(in + ",2,jig,1.0000");
        assertThat(run.out()).contains("classified 2 tune(s) from 1 file(s) by style (k-nearest neighbours)");
    }

    @Test
    @Tag("slow")
    void theShippedModelsNameAStyleAndTellAReelFromAJig() throws Exception {
        Path in = write("two.abc", REEL + "\n" + JIG);
        CommandRun style = CommandRun.of("classify", in.toString());
        assertThat(style.exitCode()).as(style.err()).isZero();
        assertThat(style.out().lines().toList()).hasSize(3).element(1).asString()
                .matches(".*,1,(celtic|english|german|chinese|chorale),[01]\\.\\d{4}");
        CommandRun dance = CommandRun.of("classify", "--labels", "dance", in.toString());
        assertThat(dance.exitCode()).as(dance.err()).isZero();
        assertThat(dance.out()).contains(in + ",1,reel,").contains(in + ",2,jig,");
    }

    @Test
    void badInputsAreNamedAndTheRestIsClassified() throws Exception {
        Path good = write("good.abc", JIG);
        Path wav = write("song.wav", "RIFF");
        Path txt = write("notes.txt", "hello");
        Path broken = write("broken.abc", "X:5\nT:Bad\nM:2/4\nL:1/8\nK:G\nGA/0Bc|]\n");
        CommandRun run = CommandRun.of("classify", "--model", smallModel().toString(), "--audio-model",
                ClassifyAudioTest.smallAudioModel(dir).toString(), wav.toString(), txt.toString(), broken.toString(),
                dir.resolve("missing.abc").toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("4 input(s) failed")
                .contains("song.wav")
                .contains("notes.txt: unknown file type")
                .contains("broken.abc: line 6, col 3").contains("'/0'")
                .contains("missing.abc: cannot read the file");
        assertThat(run.out()).startsWith("file,tune,label,confidence\n").contains(good + ",2,jig,");
        assertThat(run.out().lines().count()).isEqualTo(2);
    }

    @Test
    void aMissingModelAndUnknownLabelsAreNamed() throws Exception {
        Path in = write("one.abc", JIG);
        CommandRun missing = CommandRun.of("classify", "--model", dir.resolve("none.properties").toString(), in.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(missing.err()).contains("cannot load the style model").contains("none.properties").contains("no model here");
        CommandRun labels = CommandRun.of("classify", "--labels", "mood", in.toString());
        assertThat(labels.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(labels.err()).contains("unknown labels 'mood', expected style or dance");
    }
}
