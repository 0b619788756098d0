package org.scorelab.genre.cnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.io.InvalidInputException;

class MelClipsTest {

    @TempDir
    Path dir;

    @Test
    void theCacheKeepsEveryImageExactly() throws Exception {
        Map<String, float[][]> images = new TreeMap<>();
        images.put("a", new float[][] {{1, 2, 3}, {4, 5, Float.MIN_VALUE}});
        images.put("b", new float[][] {{-1.5f}});
        Path file = dir.resolve("c.bin.gz");
        MelClips.write(file, images);
        Map<String, float[][]> back = MelClips.read(file);
        assertThat(back.keySet()).containsExactlyInAnyOrder("a", "b");
        assertThat(back.get("a")).isDeepEqualTo(images.get("a"));
        assertThat(back.get("b")).isDeepEqualTo(images.get("b"));
    }

    @Test
    void aForeignOrTruncatedCacheIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("c.bin.gz");
        Map<String, float[][]> images = new TreeMap<>();
        images.put("a", new float[64][100]);
        MelClips.write(file, images);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> MelClips.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("c.bin.gz").hasMessageContaining("truncated or corrupt");
        Files.writeString(file, "not gzip");
        assertThatThrownBy(() -> MelClips.read(file)).isInstanceOf(InvalidInputException.class).hasMessageContaining("c.bin.gz");
    }
}
