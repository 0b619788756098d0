package org.scorelab.audio.dataset;

import org.scorelab.core.model.Tune;

/**
 * A tune with the labels a data set keeps for it.
 *
 * @param tune  the music
 * @param id    unique within the data set; names the clip file
 * @param style style or tradition label (e.g. {@code irish}), possibly empty
 * @param dance dance type (reel, jig, hornpipe ...), possibly empty; also picks the tempo range
 * @param split {@code train}, {@code valid}, {@code test} or any other partition name
 */
public record LabelledTune(Tune tune, String id, String style, String dance, String split) {

    public LabelledTune {
        if (tune == null) {
            throw new IllegalArgumentException("tune must not be null");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank, was '" + id + "'");
        }
        style = style == null ? "" : style;
        dance = dance == null ? "" : dance;
        split = split == null ? "" : split;
    }
}
