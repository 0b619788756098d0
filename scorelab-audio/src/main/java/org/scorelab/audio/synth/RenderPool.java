package org.scorelab.audio.synth;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.midi.MidiUnavailableException;
import org.scorelab.core.io.InvalidInputException;

/**
 * Runs one piece of work per item on worker threads, each worker with a synthesizer of its own:
 * a {@link MidiRenderer} is not thread-safe and opening one costs far more than rendering a clip,
 * so each worker opens one and takes items from a shared counter until none is left.
 */
public final class RenderPool {
    private RenderPool() {
    }

    /** The work for item {@code index}, with the calling worker's renderer. */
    @FunctionalInterface
    public interface Task {
        void run(MidiRenderer renderer, int index) throws Exception;
    }

    /**
     * Runs {@code task} for items {@code 0..count-1} on up to {@code threads} workers. A task that
     * should not stop the others catches its own exceptions.
     *
     * @param soundsName named in the message when the synthesizer cannot be opened, or null
     * @throws IOException when the synthesizer cannot be opened, a task throws, or the wait is interrupted
     */
    public static void run(RenderOptions options, int threads, int count, String soundsName, Task task) throws IOException {
        int workers = Math.max(1, Math.min(threads, count));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    try (MidiRenderer renderer = MidiRenderer.open(options)) {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            task.run(renderer, i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InvalidInputException || c instanceof MidiUnavailableException) {
                throw new IOException("cannot open the synthesizer" + (soundsName == null ? "" : " with " + soundsName)
                        + ": " + c.getMessage(), c);
            }
            throw new IOException("rendering failed: " + c, c);
        } finally {
            pool.shutdownNow();
        }
    }
}
