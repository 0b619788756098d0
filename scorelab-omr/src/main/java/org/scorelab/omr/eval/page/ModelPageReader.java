package org.scorelab.omr.eval.page;

import java.awt.image.BufferedImage;
import java.util.List;
import org.scorelab.omr.data.StaffImage;
import org.scorelab.omr.train.OmrModel;

/**
 * Reads a page as {@code scorelab recognize} does: the staves found and normalised by the model's
 * own normaliser, then recognised in one batch. The two stages are timed apart so that a slow page
 * shows whether the staff finding or the network is to blame.
 *
 * @param model the trained model (semantic encoding)
 * @param beam  1 for greedy decoding, more for prefix beam search of that width
 */
public record ModelPageReader(OmrModel model, int beam) implements PageReader {

    public ModelPageReader {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        if (beam < 1 || beam > 256) {
            throw new IllegalArgumentException("beam must be in 1..256, was " + beam);
        }
    }

    @Override
    public Reading read(BufferedImage page) {
        long t0 = System.nanoTime();
        List<StaffImage> staves = model.config().normalizer().staves(page);
        long t1 = System.nanoTime();
        List<List<String>> tokens = staves.isEmpty() ? List.of() : model.predict(staves, beam);
        long t2 = System.nanoTime();
        return new Reading(tokens, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
