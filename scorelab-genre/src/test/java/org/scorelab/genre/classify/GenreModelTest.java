package org.scorelab.genre.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.scorelab.core.io.InvalidInputException;

class GenreModelTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ClassifierKind.class)
    void saveAndLoadGiveTheSamePredictions(ClassifierKind kind) throws Exception {
        List<Sample> train = Blobs.make(60, 3);
        GenreModel m = new GenreTrainer(GenreTrainer.Config.defaults(kind).withTrees(10).withEpochs(5).withSeed(7))
                .train("test", Blobs.NAMES, train).withProvenance(Map.of("data", "blobs", "command", "a b=c"));
        Path file = dir.resolve("m.properties");
        m.save(file);
        assertThat(dir.resolve("m.tribuo.gz")).exists();
        GenreModel back = GenreModel.load(file);
        assertThat(back.labels()).isEqualTo(m.labels());
        assertThat(back.featureNames()).isEqualTo(Blobs.NAMES);
        assertThat(back.featureSet()).isEqualTo("test");
        assertThat(back.config()).isEqualTo(m.config());
        assertThat(back.provenance()).containsEntry("data", "blobs").containsEntry("command", "a b=c");
        for (Sample s : Blobs.make(20, 4)) {
            assertThat(back.predict(s.features())).isEqualTo(m.predict(s.features()));
        }
        byte[] first = Files.readAllBytes(file);
        back.save(dir.resolve("again.properties"));
        assertThat(new String(Files.readAllBytes(dir.resolve("again.properties")))).isEqualTo(new String(first).replace("m.tribuo.gz", "again.tribuo.gz"));
    }

    @Test
    void badFilesAreNamedWithTheKey() throws Exception {
        GenreModel m = new GenreTrainer(GenreTrainer.Config.defaults(ClassifierKind.LINEAR_SVM)).train("test", Blobs.NAMES, Blobs.make(30, 5));
        Path file = dir.resolve("m.properties");
        m.save(file);
        String text = Files.readString(file);

        Files.writeString(file, text.replace("format=scorelab-genre-model 1", "format=other 9"));
        assertThatThrownBy(() -> GenreModel.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("m.properties").hasMessageContaining("key 'format'")
                .hasMessageContaining("found 'other 9', expected 'scorelab-genre-model 1'");

        Files.writeString(file, text.replaceAll("(?m)^standardizer\\.std=.*$", "standardizer.std=1,2"));
        assertThatThrownBy(() -> GenreModel.load(file)).hasMessageContaining("key 'standardizer.std'")
                .hasMessageContaining("found 2 numbers, expected 4");

        Files.writeString(file, text.replaceAll("(?m)^config\\.kind=.*$", "config.kind=mlp"));
        assertThatThrownBy(() -> GenreModel.load(file)).hasMessageContaining("unknown classifier 'mlp'");

        Files.writeString(file, text.replaceAll("(?m)^features\\.names=.*$", "features.names=p,q,r,s"));
        assertThatThrownBy(() -> GenreModel.load(file)).hasMessageContaining("m.tribuo").hasMessageContaining("are not in");

        Files.writeString(file, text);
        Files.write(dir.resolve("m.tribuo.gz"), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> GenreModel.load(file)).hasMessageContaining("m.tribuo").hasMessageContaining("not a Tribuo model");

        Files.delete(dir.resolve("m.tribuo.gz"));
        assertThatThrownBy(() -> GenreModel.load(file)).hasMessageContaining("key 'weights'").hasMessageContaining("is missing");
    }
}
