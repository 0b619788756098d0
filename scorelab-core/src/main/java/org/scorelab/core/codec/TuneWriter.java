package org.scorelab.core.codec;

import java.io.IOException;
import org.scorelab.core.model.Tune;

/** Encodes one tune as the content of one file. */
@FunctionalInterface
public interface TuneWriter {

    byte[] write(Tune tune) throws IOException;
}
