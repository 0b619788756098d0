package org.scorelab.render.lilypond;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.scorelab.render.verovio.RenderException;

/**
 * The LilyPond program. Only 2.24 is accepted: the engraving server ({@link LilypondServer})
 * drives LilyPond's own Scheme entry points as LilyPond 2.24 defines them.
 *
 * @param executable the program, a name on the PATH or a path
 */
public record Lilypond(String executable) {
    /** System property naming the lilypond executable, when it is not {@code lilypond} on the PATH. */
    public static final String PROPERTY = "scorelab.lilypond";

    /** The version line every accepted LilyPond starts with. */
    public static final String ACCEPTED_VERSION = "GNU LilyPond 2.24.";

    /** What to install when LilyPond is missing. */
    public static final String INSTALL_HINT = "install it with 'apt-get install lilypond' (Debian/Ubuntu package lilypond, version 2.24)"
            + " or name it with -D" + PROPERTY + "=PATH";

    public Lilypond {
        if (executable == null || executable.isBlank()) {
            throw new IllegalArgumentException("executable must not be blank");
        }
    }

    /** The executable named by the system property, else {@code lilypond} on the PATH. */
    public static Lilypond locate() {
        String named = System.getProperty(PROPERTY);
        return new Lilypond(named == null || named.isBlank() ? "lilypond" : named);
    }

    /** Why LilyPond cannot be used (not found, does not run, another version), or null. */
    public String problem() {
        try {
            String version = version();
            return version.startsWith(ACCEPTED_VERSION) ? null
                    : "'" + executable + " --version' answered '" + version + "' instead of " + ACCEPTED_VERSION + "x; " + INSTALL_HINT;
        } catch (RenderException e) {
            return e.getMessage();
        }
    }

    /** The first line {@code lilypond --version} prints, e.g. {@code GNU LilyPond 2.24.1 (running Guile 2.2)}. */
    public String version() throws RenderException {
        Process p;
        try {
            p = new ProcessBuilder(List.of(executable, "--version")).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new RenderException("cannot run '" + executable + "' (" + e.getMessage() + "): " + INSTALL_HINT, e);
        }
        try (InputStream in = p.getInputStream()) {
            p.getOutputStream().close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new RenderException("'" + executable + " --version' did not answer within 60 s");
            }
            return new String(bytes.toByteArray(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new RenderException("cannot read what '" + executable + " --version' printed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while asking LilyPond its version", e);
        }
    }
}
