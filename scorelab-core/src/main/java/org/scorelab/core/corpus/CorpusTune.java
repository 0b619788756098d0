package org.scorelab.core.corpus;

import org.scorelab.core.model.Tune;

/** A tune of the corpus with its labels and the split its title falls in. */
public record CorpusTune(Tune tune, TuneLabel label, Split split) {

    public CorpusTune {
        if (tune == null || label == null || split == null) {
            throw new IllegalArgumentException("tune, label and split must not be null");
        }
    }
}
