package org.scorelab.render.lilypond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scorelab.render.verovio.RenderException;
import org.scorelab.render.verovio.WorkerSetup;

/**
 * The program check, and one LilyPond server (a few seconds to start) engraving good and bad input:
 * needs LilyPond 2.24, else skipped. {@link LilypondEngravingTest} draws images (slow).
 */
class LilypondEngraverTest {
    private static TestServer server;

    @BeforeAll
    static void start() throws RenderException {
        server = new TestServer(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aMissingProgramNamesTheAptPackage() {
        Lilypond missing = new Lilypond("/nonexistent/lilypond");
        assertThat(missing.problem()).contains("/nonexistent/lilypond").contains("apt-get install lilypond");
        assertThatThrownBy(() -> LilypondEngraver.factory(WorkerSetup.locate(), missing).open(1, Duration.ofSeconds(10)))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("LilyPond is needed for --engraver lilypond: ")
                .hasMessageContaining("apt-get install lilypond");
    }

    @Test
    void anotherProgramIsNotTakenForLilypond() {
        assumeTrue(new java.io.File("/bin/echo").canExecute(), "no /bin/echo");
        assertThat(new Lilypond("/bin/echo").problem()).startsWith("'/bin/echo --version' answered '")
                .endsWith("' instead of GNU LilyPond 2.24.x; " + Lilypond.INSTALL_HINT);
    }

    @Test
    void complaintsFailTheStaffAndTheServerGoesOn() throws Exception {
        LilypondServer s = server.get();
        assertThatThrownBy(() -> s.svg("\\version \"2.24.0\"\n{ c'4 d'4 | e'1 }\n"))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("lilypond: ").hasMessageContaining("barcheck failed");
        assertThatThrownBy(() -> s.svg("\\version \"2.24.0\"\n{ c'4 \\nosuchcommand d'4 }\n"))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("lilypond: ").hasMessageContaining("error:");
        assertThat(s.svg("\\version \"2.24.0\"\n{ c'1 }\n")).startsWith("<svg").contains("viewBox");
    }
}
