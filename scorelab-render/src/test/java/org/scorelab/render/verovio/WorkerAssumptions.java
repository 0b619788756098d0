package org.scorelab.render.verovio;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared by the tests that start node: skip when the worker is not installed. */
public final class WorkerAssumptions {
    private WorkerAssumptions() {
    }

    public static WorkerSetup installedSetup() {
        WorkerSetup setup = WorkerSetup.locate();
        assumeTrue(setup.isInstalled(), () -> "Verovio worker not installed: " + setup.problem());
        return setup;
    }

    public static String resource(String name) {
        try (InputStream in = WorkerAssumptions.class.getResourceAsStream("/org/scorelab/render/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
