package org.scorelab.render.dataset;

import org.scorelab.core.model.Tune;

/**
 * Writes one excerpt in the three encodings a sample carries. The builder renders the MEI, so
 * the image and the labels always come from the same text. Implementations throw
 * {@link IllegalArgumentException} for music they cannot encode; the builder then draws another
 * excerpt.
 */
public interface SampleEncoder {
    /** A complete MEI document of one staff. */
    String mei(Tune tune);

    /** PrIMuS semantic tokens, tab or space separated. */
    String semantic(Tune tune);

    /** PrIMuS agnostic tokens, tab or space separated. */
    String agnostic(Tune tune);
}
