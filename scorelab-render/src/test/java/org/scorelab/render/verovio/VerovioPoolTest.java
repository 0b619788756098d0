package org.scorelab.render.verovio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VerovioPoolTest {
    private static final String MEI = WorkerAssumptions.resource("d-major.mei");

    @Test
    void parallelRenderingsOfTheSameInputGiveIdenticalBytes() throws Exception {
        WorkerSetup setup = WorkerAssumptions.installedSetup();
        RenderOptions[] styles = {new RenderOptions("Leland", 100, 0.2, 0.5, 10),
                new RenderOptions("Gootville", 100, 0.3, 0.7, 15)};
        ExecutorService exec = Executors.newFixedThreadPool(4);
        try (VerovioPool pool = new VerovioPool(setup, 2, Duration.ofSeconds(60))) {
            assertThat(pool.size()).isEqualTo(2);
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                RenderOptions o = styles[i % 2];
                String mei = i == 5 ? "<mei>broken" : MEI;
                futures.add(exec.submit(() -> pool.render(mei, o).png()));
            }
            for (int i = 0; i < 12; i++) {
                if (i == 5) {
                    int index = i;
                    assertThatThrownBy(() -> futures.get(index).get()).hasCauseInstanceOf(RenderException.class);
                    continue;
                }
                assertThat(futures.get(i).get()).isEqualTo(futures.get(i % 2).get());
            }
            assertThat(futures.get(0).get()).isNotEqualTo(futures.get(1).get());
        } finally {
            exec.shutdownNow();
        }
    }

    @Test
    void badSizeIsRejected() {
        assertThatThrownBy(() -> new VerovioPool(new WorkerSetup("node", java.nio.file.Path.of("nowhere")), 0, Duration.ofSeconds(1)))
                .hasMessage("pool size must be in 1..256, was 0");
    }
}
