package org.scorelab.audio.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorelab.core.model.TimeSignature;

/**
 * Rendering speed in seconds of audio per second of wall time, with 1 and 2 threads, on 24
 * reels and jigs of about 20 s each. Run with {@code -Pslow}; prints its numbers.
 */
@Tag("slow")
class RenderSpeedTest {

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        List<LabelledTune> tunes = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            boolean reel = i % 2 == 0;
            tunes.add(new LabelledTune(AudioDatasetBuilderTest.tune(reel ? TimeSignature.of(4, 4) : TimeSignature.of(6, 8),
                    reel ? 16 : 20), "t" + i, "irish", reel ? "reel" : "jig", "train"));
        }
        // Warm up the JIT and the built-in sound set.
        new AudioDatasetBuilder(DatasetOptions.of(1, 30).withThreads(2)).build(tunes.subList(0, 4), dir.resolve("w"), null);
        for (int threads : new int[] {1, 2}) {
            long t0 = System.nanoTime();
            DatasetResult r = new AudioDatasetBuilder(DatasetOptions.of(1, 30).withThreads(threads))
                    .build(tunes, dir.resolve("t" + threads), null);
            double wall = (System.nanoTime() - t0) / 1e9;
            double audio = r.rows().stream().mapToDouble(ManifestRow::seconds).sum();
            assertThat(r.failures()).isEmpty();
            System.out.printf(Locale.ROOT, "render speed, %d thread(s): %.1f s of audio in %.2f s = %.1fx real time%n",
                    threads, audio, wall, audio / wall);
        }
    }
}
