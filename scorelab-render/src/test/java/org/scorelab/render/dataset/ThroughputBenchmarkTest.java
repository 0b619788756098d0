package org.scorelab.render.dataset;

import org.scorelab.core.corpus.TitleSplit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scorelab.render.verovio.WorkerAssumptions;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Samples per second of the whole builder on this machine, clean and with camera distortion.
 * Writes into {@code -Dscorelab.bench.out} when set (to look at the images), else a temporary
 * folder. Prints the numbers; asserts only that everything was written.
 */
@Tag("slow")
class ThroughputBenchmarkTest {
    private static final int COUNT = Integer.getInteger("scorelab.bench.count", 300);
    private static final int THREADS = Integer.getInteger("scorelab.bench.threads", 2);

    /**
     * CPU time of this JVM and its reaped children (the node workers, once closed), from
     * /proc/self/stat: utime, stime, cutime, cstime in clock ticks of 1/100 s. NaN elsewhere.
     */
    private static double cpuSeconds() throws java.io.IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.exists(stat)) {
            return Double.NaN;
        }
        String s = Files.readString(stat);
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        long ticks = 0;
        for (int i = 11; i <= 14; i++) {
            ticks += Long.parseLong(f[i]);
        }
        return ticks / 100.0;
    }

    @Test
    void throughput() throws Exception {
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        List<DatasetItem> items = RandomTunes.items(200, 1, TitleSplit.DEFAULT);
        String where = System.getProperty("scorelab.bench.out");
        Path base = where != null ? Path.of(where) : Files.createTempDirectory("omr-bench");
        for (boolean camera : new boolean[] {false, true}) {
            Path out = base.resolve(camera ? "camera" : "clean");
            OmrDatasetBuilder b = new OmrDatasetBuilder(items, SampleEncoder.primus(), Vocabulary.ANY,
                    DatasetConfig.of(COUNT, 2024, camera, THREADS), setup);
            double cpu0 = cpuSeconds();
            BuildResult r = b.build(out, null);
            double cpu = cpuSeconds() - cpu0;
            System.out.printf("omr-bench camera=%s threads=%d samples=%d failures=%d seconds=%.2f samples/s=%.1f"
                            + " cpu-s/sample=%.4f (java+node; 2 idle cores would give %.1f samples/s) load=%.1f%n",
                    camera, THREADS, r.rows().size(), r.failures().size(), r.seconds(), r.samplesPerSecond(),
                    cpu / COUNT, 2 * COUNT / cpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            assertThat(r.rows()).hasSize(COUNT);
        }
    }
}
