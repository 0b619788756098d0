package org.scorelab.render.dataset;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build produced.
 *
 * @param rows     the samples written, in index order
 * @param failures the samples given up, in index order
 * @param manifest the manifest file
 * @param seconds  wall-clock time of the build
 */
public record BuildResult(List<ManifestRow> rows, List<SampleFailure> failures, Path manifest, double seconds) {
    public BuildResult {
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }

    /** Samples written per second. */
    public double samplesPerSecond() {
        return seconds <= 0 ? 0 : rows.size() / seconds;
    }
}
