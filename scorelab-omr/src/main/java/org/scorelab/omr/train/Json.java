package org.scorelab.omr.train;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one JSON style of saved models: pretty, with NaN and infinities allowed for metrics, paths
 * as strings.
 */
final class Json {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .disableHtmlEscaping().registerTypeHierarchyAdapter(Path.class, new PathAdapter().nullSafe()).create();

    private static final class PathAdapter extends TypeAdapter<Path> {
        @Override
        public void write(JsonWriter out, Path value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Path read(JsonReader in) throws IOException {
            return Path.of(in.nextString());
        }
    }

    private Json() {
    }
}
