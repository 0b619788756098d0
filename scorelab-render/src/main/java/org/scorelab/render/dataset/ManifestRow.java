package org.scorelab.render.dataset;

import org.scorelab.core.corpus.Split;
import java.util.List;

/** One written sample as the manifest lists it. */
public record ManifestRow(String name, String tuneId, String title, Split split, String clef, String key,
                          String meter, int measures, String font, boolean camera, int tokens) {
    /** Column names of {@code manifest.csv}. */
    public static final List<String> HEADER = List.of("name", "tune_id", "title", "split", "clef", "key", "meter",
            "measures", "font", "camera", "tokens");

    List<Object> values() {
        return List.of(name, tuneId, title, split.label(), clef, key, meter, measures, font, camera, tokens);
    }
}
