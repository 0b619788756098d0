package org.scorelab.omr.train;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/** Sets PyTorch's intra-op threads once the engine is up (see scorelab-nn's README: one is fastest here). */
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
}
