package org.scorelab.render.dataset;

import org.scorelab.core.corpus.Split;
import org.scorelab.core.model.Tune;

/**
 * One tune the builder may draw excerpts from.
 *
 * @param tune  the music
 * @param id    a stable identifier for the manifest, e.g. {@code file.abc#12}
 * @param title its title, for the manifest
 * @param split the side of the data set every excerpt of this tune goes to
 */
public record DatasetItem(Tune tune, String id, String title, Split split) {
    public DatasetItem {
        if (tune == null || split == null) {
            throw new IllegalArgumentException("tune and split must not be null (item '" + id + "')");
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("item id must not be blank");
        }
        title = title == null ? "" : title;
    }
}
