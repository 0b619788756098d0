package org.scorelab.render.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.scorelab.core.abc.AbcReader;
import org.scorelab.core.codec.ReadResult;
import org.scorelab.core.model.Measure;
import org.scorelab.core.model.Tune;

/**
 * The three public-domain O'Neill's tunes of the demo (a copy of the command line's resource),
 * and longer pieces made from them to fill a page.
 */
public final class DemoTunes {
    private DemoTunes() {
    }

    /** The three demo tunes in file order. */
    public static List<Tune> all() {
        try (InputStream in = DemoTunes.class.getResourceAsStream("/org/scorelab/render/page/oneills-demo.abc")) {
            ReadResult r = new AbcReader().readBytes("oneills-demo.abc", in.readAllBytes());
            if (!r.failures().isEmpty() || r.tunes().size() != 3) {
                throw new IllegalStateException("demo tunes did not read: " + r.failures());
            }
            return r.tunes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tune played {@code times} times over, as a longer piece that fills more systems. */
    public static Tune repeated(Tune tune, int times) {
        List<Measure> measures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            measures.addAll(tune.measures());
        }
        return tune.withMeasures(measures);
    }
}
