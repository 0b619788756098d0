package org.scorelab.audio.dataset;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build wrote: the manifest rows in input order, the tunes that failed, and where the
 * manifest is.
 */
public record DatasetResult(List<ManifestRow> rows, List<TuneFailure> failures, Path manifest) {

    public DatasetResult {
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }
}
