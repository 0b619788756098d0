package org.scorelab.omr.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The one JSON style of saved models: pretty, with NaN and infinities allowed for metrics. */
final class Json {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .disableHtmlEscaping().create();

    private Json() {
    }
}
