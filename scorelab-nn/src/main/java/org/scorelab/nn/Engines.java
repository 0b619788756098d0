package org.scorelab.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The PyTorch engine settings that pay on the two-core machine (docs/omr-speed.md has the
 * measurements). Intra-op threads: one is fastest while anything else runs on the machine (a
 * second thread spin-waits at every operation; see scorelab-nn's README). Gradient recording: off
 * for inference on whichever thread runs it.
 */
public final class Engines {
    private Engines() {
    }

    /** Starts the engine and sets its intra-op threads. */
    public static void threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + n);
        }
        Engine.getInstance();
        JniUtils.setNumThreads(n);
    }

    /**
     * Turns gradient recording off for the calling thread. PyTorch's grad mode belongs to each
     * thread, and DJL turns it off only on the thread that starts the engine: on any other thread
     * (a worker pool, a server's request thread) a forward pass of a model whose parameters
     * require gradients records the autograd graph and keeps every intermediate array for a
     * backward pass that never comes. A training step is unaffected: DJL's gradient collector
     * turns recording on for its scope and restores the previous mode.
     */
    public static void inferenceOnly() {
        Engine.getInstance();
        JniUtils.setGradMode(false);
    }
}
