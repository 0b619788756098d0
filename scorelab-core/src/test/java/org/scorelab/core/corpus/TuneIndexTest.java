package org.scorelab.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuneIndexTest {

    @TempDir
    Path dir;

    @Test
    void readsQuotedTitlesAndEmptyNumbers() throws Exception {
        Path csv = dir.resolve("index.csv");
        Files.writeString(csv, "file,X,title,style,dance,meter,key\n"
                + "ryans.abc,7,\"Miss Smith, the Reel\",celtic,reel,C,D\n"
                + "bach/bwv1.6.mxl,,bwv1.6,chorale,,,\n");
        TuneIndex index = TuneIndex.read(csv);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.find("ryans.abc", 7)).get().extracting(TuneLabel::title, TuneLabel::dance)
                .containsExactly("Miss Smith, the Reel", "reel");
        assertThat(index.find("bach/bwv1.6.mxl", 0)).get().extracting(TuneLabel::style).isEqualTo("chorale");
        assertThat(index.find("ryans.abc", 8)).isEmpty();
    }

    @Test
    void badNumberNamesTheLine() throws Exception {
        Path csv = dir.resolve("index.csv");
        Files.writeString(csv, "file,X,title,style,dance,meter,key\nryans.abc,seven,T,celtic,,,\n");
        assertThatThrownBy(() -> TuneIndex.read(csv)).hasMessageContaining("index.csv: line 1: found X 'seven'");
    }

    @Test
    void missingColumnIsNamed() throws Exception {
        Path csv = dir.resolve("index.csv");
        Files.writeString(csv, "file,X,title\nryans.abc,1,T\n");
        assertThatThrownBy(() -> TuneIndex.read(csv)).hasMessageContaining("missing column 'style'");
    }
}
