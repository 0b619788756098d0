package org.scorelab.core.codec;

import java.util.List;
import org.scorelab.core.io.InvalidInputException;
import org.scorelab.core.model.Tune;

/**
 * What reading one file gave: the tunes that parsed and, for every one that did not (or for the
 * whole file when it is unreadable), the reason.
 */
public record ReadResult(List<Tune> tunes, List<InvalidInputException> failures) {

    public ReadResult {
        tunes = List.copyOf(tunes);
        failures = List.copyOf(failures);
    }

    public static ReadResult failed(InvalidInputException e) {
        return new ReadResult(List.of(), List.of(e));
    }
}
