package org.scorelab.audio.dataset;

/**
 * Told after each tune is finished (written or failed), so a command line can draw a progress
 * bar. Calls come from the worker threads, one at a time and with {@code done} rising by one.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
