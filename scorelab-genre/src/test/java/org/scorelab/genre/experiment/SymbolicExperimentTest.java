package org.scorelab.genre.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.corpus.TuneLabel;
import org.scorelab.genre.classify.ClassifierKind;
import org.scorelab.genre.classify.GenreModel;

/** The whole experiment on a small made-up corpus: two styles, reels in 4/4 and jigs in 6/8. */
class SymbolicExperimentTest {

    @TempDir
    Path dir;

    private static String reel(int i) {
        String[] bars = {"ABcd efge", "dcBA GABc", "edcB AGFE", "DEFG ABcd"};
        return "X:" + i + "\nT:Reel " + i + "\nM:4/4\nL:1/8\nK:D\n" + bars[i % 4] + "|" + bars[(i + 1) % 4] + "|" + bars[(i + 2) % 4] + "|d8|]\n\n";
    }

    private static String jig(int i) {
        String[] bars = {"AcB ecA", "G3 BdB", "cBA E2A", "FAF GBG"};
        return "X:" + i + "\nT:Jig " + i + "\nM:6/8\nL:1/8\nK:Am\n" + bars[i % 4] + "|" + bars[(i + 3) % 4] + "|" + bars[(i + 1) % 4] + "|A6|]\n\n";
    }

    @Test
    void writesTheReportThePicturesAndModelsThatLoad() throws Exception {
        Path tunes = dir.resolve("tunes");
        Files.createDirectories(tunes);
        StringBuilder abc = new StringBuilder();
        StringBuilder index = new StringBuilder("file,X,title,style,dance,meter,key\n");
        for (int i = 1; i <= 60; i++) {
            boolean isReel = i % 2 == 0;
            abc.append(isReel ? reel(i) : jig(i));
            index.append("t.abc,").append(i).append(',').append(isReel ? "Reel " : "Jig ").append(i).append(',')
                    .append(isReel ? "english" : "celtic").append(',').append(isReel ? "reel" : "jig").append(",,\n");
        }
        Files.writeString(tunes.resolve("t.abc"), abc);
        Files.writeString(tunes.resolve("index.csv"), index);
        Path docs = dir.resolve("docs");
        Path models = dir.resolve("models");
        new SymbolicExperiment(3, List.of(ClassifierKind.DECISION_TREE, ClassifierKind.KNN)).run(tunes, docs, models, "test command");

        String md = Files.readString(docs.resolve("genre-symbolic.md"));
        assertThat(md).contains("| classifier | style accuracy | style macro-F1 | style accuracy / macro-F1 without notation "
                + "| dance accuracy with meter | dance accuracy without meter |")
                .contains("| decision tree |").contains("| k-nearest neighbours |").contains("test command")
                .contains("60 tunes read");
        assertThat(docs.resolve("genre-symbolic-confusion.png")).isNotEmptyFile();
        GenreModel style = GenreModel.load(models.resolve("style.properties"));
        assertThat(style.labels()).containsExactly("celtic", "english");
        assertThat(style.provenance()).containsEntry("command", "test command").containsKeys("metrics.test", "data", "trained", "machine");
        GenreModel fair = GenreModel.load(models.resolve("style-no-notation.properties"));
        assertThat(fair.labels()).containsExactly("celtic", "english");
        assertThat(fair.featureSet()).isEqualTo("symbolic-no-notation");
        assertThat(fair.featureNames()).doesNotContain("grace.perNote", "pickup").contains("meter.beats");
        GenreModel dance = GenreModel.load(models.resolve("dance.properties"));
        assertThat(dance.predict(new org.scorelab.core.abc.AbcReader().readString("x.abc", reel(100)).tunes().get(0)).label())
                .isEqualTo("reel");
    }

    @Test
    void tasksReadTheirColumn() {
        TuneLabel l = new TuneLabel("a.abc", 1, "T", "celtic", "", "6/8", "G");
        assertThat(GenreTask.STYLE.labelOf(l)).contains("celtic");
        assertThat(GenreTask.DANCE.labelOf(l)).isEmpty();
        assertThat(GenreTask.parse("dance")).isEqualTo(GenreTask.DANCE);
        assertThatThrownBy(() -> GenreTask.parse("mood")).hasMessage("unknown labels 'mood', expected style or dance");
    }
}
