package org.scorelab.audio.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by several threads gives what it gives alone. */
class ConcurrencyTest {

    @Test
    void aSharedExtractorGivesTheSameFeaturesOnEveryThread() throws Exception {
        FeatureExtractor fx = new FeatureExtractor(FeatureConfig.DEFAULT);
        List<float[]> inputs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inputs.add(Signals.noise(100 + i, 0.4, 3 * 22050));
        }
        List<float[][]> serial = new ArrayList<>();
        for (float[] x : inputs) {
            serial.add(fx.extract(x).mfcc());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[][]>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (float[] x : inputs) {
                    parallel.add(pool.submit(() -> fx.extract(x).mfcc()));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isDeepEqualTo(serial.get(i % inputs.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
