package org.scorelab.render.verovio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed number of {@link VerovioWorker}s shared by threads: a rendering borrows an idle worker
 * and gives it back. Sized to the number of rendering threads, since each worker is one
 * single-threaded process.
 */
public final class VerovioPool implements AutoCloseable {
    private final List<VerovioWorker> all;
    private final BlockingQueue<VerovioWorker> idle;

    /** Starts {@code size} workers, or closes the ones started and throws when one cannot start. */
    public VerovioPool(WorkerSetup setup, int size, Duration timeout) throws RenderException {
        if (size < 1 || size > 256) {
            throw new IllegalArgumentException("pool size must be in 1..256, was " + size);
        }
        all = new ArrayList<>(size);
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                VerovioWorker w = new VerovioWorker(setup, timeout);
                all.add(w);
                idle.add(w);
            }
        } catch (RenderException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public int size() {
        return all.size();
    }

    /** Renders on the next idle worker, waiting for one when all are busy. */
    public RenderedImage render(String mei, RenderOptions options) throws RenderException {
        VerovioWorker w;
        try {
            w = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while waiting for a Verovio worker", e);
        }
        try {
            return w.render(mei, options);
        } finally {
            idle.add(w);
        }
    }

    /** Renders one page of a page layout on the next idle worker, waiting for one when all are busy. */
    public RenderedPage renderPage(String mei, RenderOptions options, PageLayout layout, int page) throws RenderException {
        VerovioWorker w;
        try {
            w = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while waiting for a Verovio worker", e);
        }
        try {
            return w.renderPage(mei, options, layout, page);
        } finally {
            idle.add(w);
        }
    }

    /** Rasterises another engraver's SVG on the next idle worker ({@link VerovioWorker#rasterize}). */
    public RenderedImage rasterize(String svg, double zoom) throws RenderException {
        VerovioWorker w = borrow();
        try {
            return w.rasterize(svg, zoom);
        } finally {
            idle.add(w);
        }
    }

    /** Whether the workers find a serif font for SVG text ({@link VerovioWorker#hasSerifFont}). */
    public boolean hasSerifFont() throws RenderException {
        VerovioWorker w = borrow();
        try {
            return w.hasSerifFont();
        } finally {
            idle.add(w);
        }
    }

    private VerovioWorker borrow() throws RenderException {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while waiting for a Verovio worker", e);
        }
    }

    @Override
    public void close() {
        for (VerovioWorker w : all) {
            w.close();
        }
    }
}
