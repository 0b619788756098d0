package org.scorelab.render.lilypond;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.random.RandomGenerator;
import org.scorelab.core.model.Tune;
import org.scorelab.render.abcm2ps.InkCrop;
import org.scorelab.render.dataset.EngraverFactory;
import org.scorelab.render.dataset.Engraving;
import org.scorelab.render.dataset.StaffEngraver;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.VerovioPool;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * Draws OMR samples with LilyPond: the excerpt as LilyPond input ({@link LilypondWriter}), engraved
 * as SVG by a long-lived LilyPond process per thread ({@link LilypondServer}), cut to the staff
 * ({@link LilypondSvg}), rasterised by the render worker's resvg at 18 pixels per staff
 * space (an interline of 18 px, as in the Verovio samples) and cropped to the ink with a random
 * margin. LilyPond's glyphs (Emmentaler), time-signature digits and multirest numbers are all
 * paths, so no system font is needed. The agnostic tokens are not written for these images:
 * LilyPond beams, stems and shows accidentals by its own rules.
 */
public final class LilypondEngraver implements StaffEngraver {
    /** The rasteriser's zoom: {@link LilypondSvg} sizes a staff space as 2 px, 18 px once zoomed. */
    public static final double ZOOM = 9;
    /** The manifest's font column for these samples. */
    public static final String STYLE = "lilypond";

    private final VerovioPool pool;
    private final List<LilypondServer> servers;
    private final BlockingQueue<LilypondServer> idle;
    private final LilypondWriter writer = new LilypondWriter();

    private LilypondEngraver(VerovioPool pool, List<LilypondServer> servers) {
        this.pool = pool;
        this.servers = List.copyOf(servers);
        this.idle = new ArrayBlockingQueue<>(servers.size(), false, servers);
    }

    /**
     * A factory that checks LilyPond (saying what to install when it is missing or of another
     * version) and prepares one LilyPond server and one render worker per thread. A server's
     * process starts with its first staff.
     */
    public static EngraverFactory factory(WorkerSetup setup, Lilypond lilypond) {
        if (setup == null || lilypond == null) {
            throw new IllegalArgumentException("setup and lilypond are required");
        }
        return (threads, timeout) -> {
            String problem = lilypond.problem();
            if (problem != null) {
                throw new RenderException("LilyPond is needed for --engraver lilypond: " + problem);
            }
            List<LilypondServer> servers = new ArrayList<>(threads);
            try {
                for (int i = 0; i < threads; i++) {
                    servers.add(new LilypondServer(lilypond, timeout));
                }
                return new LilypondEngraver(new VerovioPool(setup, threads, timeout), servers);
            } catch (RenderException | RuntimeException e) {
                servers.forEach(LilypondServer::close);
                throw e;
            }
        };
    }

    @Override
    public String refusal(Tune tune) {
        return LilypondWriter.refusal(tune);
    }

    @Override
    public Engraving engrave(Tune tune, String mei, RandomGenerator rng) throws RenderException {
        LilypondStyle style = LilypondStyle.draw(rng);
        String ly = writer.ly(tune, style);
        return new Engraving(draw(ly, style.margin()), STYLE, ly, "ly");
    }

    /** The grayscale PNG of the staff LilyPond draws from {@code ly}, cropped to its ink plus {@code margin}. */
    byte[] draw(String ly, int margin) throws RenderException {
        return InkCrop.rasterized(pool, LilypondSvg.trimmed(engraved(ly)), ZOOM, margin);
    }

    /** LilyPond's SVG page for {@code ly}, from the next idle server. */
    String engraved(String ly) throws RenderException {
        LilypondServer server;
        try {
            server = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while waiting for a LilyPond server", e);
        }
        try {
            return server.svg(ly);
        } finally {
            idle.add(server);
        }
    }

    @Override
    public boolean agnosticLabels() {
        return false;
    }

    @Override
    public void close() {
        servers.forEach(LilypondServer::close);
        pool.close();
    }
}
