package org.scorelab.render.dataset;

import java.time.Duration;
import org.scorelab.render.verovio.RenderException;

/** Starts an engraver for one build, sized to its threads. */
@FunctionalInterface
public interface EngraverFactory {

    /**
     * @param threads the builder's threads; engravers with worker processes start one per thread
     * @param timeout longest one drawing may take
     * @throws RenderException when the engraver cannot start at all, saying what to install
     */
    StaffEngraver open(int threads, Duration timeout) throws RenderException;
}
