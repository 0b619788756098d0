package org.scorelab.render.dataset;

/**
 * Told after each sample, written or failed. Called from the rendering threads, one call at a
 * time, with {@code done} increasing by one each call.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
