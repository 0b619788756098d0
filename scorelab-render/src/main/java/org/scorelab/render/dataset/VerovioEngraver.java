package org.scorelab.render.dataset;

import java.util.random.RandomGenerator;
import org.scorelab.core.model.Tune;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.RenderOptions;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * The default engraver: the excerpt's MEI drawn by Verovio in a random bundled font and spacing
 * ({@link RenderStyle}). It draws everything the encoders write, and its beaming is the one the
 * agnostic tokens name.
 */
public final class VerovioEngraver implements StaffEngraver {
    private final VerovioPool pool;

    private VerovioEngraver(VerovioPool pool) {
        this.pool = pool;
    }

    /** A factory that starts one Verovio worker per thread. */
    public static EngraverFactory factory(WorkerSetup setup) {
        if (setup == null) {
            throw new IllegalArgumentException("setup is required");
        }
        return (threads, timeout) -> new VerovioEngraver(new VerovioPool(setup, threads, timeout));
    }

    @Override
    public String refusal(Tune tune) {
        return null;
    }

    @Override
    public Engraving engrave(Tune tune, String mei, RandomGenerator rng) throws RenderException {
        RenderOptions options = RenderStyle.draw(rng);
        return new Engraving(pool.render(mei, options).png(), options.font(), mei, "mei");
    }

    @Override
    public boolean agnosticLabels() {
        return true;
    }

    @Override
    public void close() {
        pool.close();
    }
}
