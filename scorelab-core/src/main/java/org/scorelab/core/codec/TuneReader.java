package org.scorelab.core.codec;

import java.nio.file.Path;

/** Reads the tunes of one file. Never throws for bad content: failures are in the result. */
@FunctionalInterface
public interface TuneReader {

    ReadResult read(Path file);
}
