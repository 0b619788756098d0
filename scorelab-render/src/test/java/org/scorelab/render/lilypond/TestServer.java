package org.scorelab.render.lilypond;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.scorelab.render.verovio.RenderException;

/**
 * One LilyPond server shared by a test class (starting one takes seconds), or none where
 * LilyPond 2.24 is not usable: {@link #get} then skips the test that asks for it.
 */
final class TestServer implements AutoCloseable {
    private final LilypondServer server;

    TestServer(Duration timeout) throws RenderException {
        server = Lilypond.locate().problem() == null ? new LilypondServer(Lilypond.locate(), timeout) : null;
    }

    /** The server; skips the calling test when there is none. */
    LilypondServer get() {
        assumeTrue(server != null, () -> "LilyPond 2.24 not usable: " + Lilypond.locate().problem());
        return server;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
