package org.scorelab.render.abcm2ps;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.scorelab.core.model.Tune;
import org.scorelab.render.dataset.EngraverFactory;
import org.scorelab.render.dataset.Engraving;
import org.scorelab.render.dataset.StaffEngraver;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Draws OMR samples with abcm2ps: the excerpt as ABC ({@link AbcStaffWriter}), abcm2ps's SVG
 * trimmed to the staff, rasterised by the render worker's resvg at {@link #ZOOM} pixels per SVG
 * unit (abcm2ps's interline is 6 units, so 18 px, as in the Verovio samples), cropped to the ink
 * with a random margin. The agnostic tokens are not written for these images: abcm2ps beams,
 * stems and shows accidentals by its own rules (the ABC writer's, not the agnostic writer's).
 */
public final class Abcm2psEngraver implements StaffEngraver {
    /** Image pixels per SVG unit: abcm2ps's staff lines are 6 units apart, 18 px here. */
    public static final double ZOOM = 3;
    /** The manifest's font column for these samples. */
    public static final String STYLE = "abcm2ps";

    private final Abcm2ps abcm2ps;
    private final VerovioPool pool;
    private final Duration timeout;
    private final AbcStaffWriter writer = new AbcStaffWriter();

    private Abcm2psEngraver(Abcm2ps abcm2ps, VerovioPool pool, Duration timeout) {
        this.abcm2ps = abcm2ps;
        this.pool = pool;
        this.timeout = timeout;
    }

    /**
     * A factory that checks abcm2ps (saying which apt package to install when it is missing),
     * starts one render worker per thread and checks that its rasteriser has a serif font for
     * abcm2ps's digits.
     */
    public static EngraverFactory factory(WorkerSetup setup, Abcm2ps abcm2ps) {
        if (setup == null || abcm2ps == null) {
            throw new IllegalArgumentException("setup and abcm2ps are required");
        }
        return (threads, timeout) -> {
            String problem = abcm2ps.problem();
            if (problem != null) {
                throw new RenderException("abcm2ps is needed for --engraver abcm2ps: " + problem);
            }
            VerovioPool pool = new VerovioPool(setup, threads, timeout);
            try {
                if (!pool.hasSerifFont()) {
                    throw new RenderException("the SVG rasteriser finds no serif font, so abcm2ps's time signatures and"
                            + " multirest counts would not be drawn; install one (Debian: apt-get install fonts-dejavu-core)");
                }
            } catch (RenderException | RuntimeException e) {
                pool.close();
                throw e;
            }
            return new Abcm2psEngraver(abcm2ps, pool, timeout);
        };
    }

    @Override
    public String refusal(Tune tune) {
        return AbcStaffWriter.refusal(tune);
    }

    @Override
    public Engraving engrave(Tune tune, String mei, RandomGenerator rng) throws RenderException {
        Abcm2psStyle style = Abcm2psStyle.draw(rng);
        String abc = writer.abc(tune, style);
        return new Engraving(draw(abc, style.margin()), STYLE, abc, "abc");
    }

    /** The grayscale PNG of the staff abcm2ps draws from {@code abc}, cropped to its ink plus {@code margin}. */
    byte[] draw(String abc, int margin) throws RenderException {
        return InkCrop.rasterized(pool, SvgStaff.trimmed(abcm2ps.svg(abc, timeout)), ZOOM, margin);
    }

    @Override
    public boolean agnosticLabels() {
        return false;
    }

    @Override
    public void close() {
        pool.close();
    }
}
