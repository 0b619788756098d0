package org.scorelab.render.dataset;

import java.util.random.RandomGenerator;
import org.scorelab.core.model.Tune;
import org.scorelab.render.verovio.RenderException;

/**
 * Draws the staff image of one sample. The data set builder picks the excerpt and its labels; an
 * engraver only draws it, so that the same excerpts can be drawn by engravers that differ in
 * glyphs, spacing and layout, and a model can be scored on staves unlike its training images.
 * Implementations are safe for use by several threads at once.
 */
public interface StaffEngraver extends AutoCloseable {

    /**
     * Why this engraver would draw {@code tune} differently from what its semantic tokens say
     * (the builder then draws another excerpt), or null when it draws it faithfully.
     */
    String refusal(Tune tune);

    /**
     * Draws the look of the sample (font, spacing, margin) from {@code rng}, then engraves.
     *
     * @param mei the excerpt as MEI, for engravers that read it
     * @throws RenderException when this one excerpt cannot be drawn; the engraver stays usable
     */
    Engraving engrave(Tune tune, String mei, RandomGenerator rng) throws RenderException;

    /** Whether the agnostic tokens (which name beams and shown accidentals) describe this engraver's images. */
    boolean agnosticLabels();

    /** Stops the engraver's processes. */
    @Override
    void close();
}
