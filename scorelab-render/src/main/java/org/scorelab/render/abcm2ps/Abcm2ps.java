package org.scorelab.render.abcm2ps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.scorelab.render.verovio.RenderException;

/**
 * The abcm2ps program: ABC text in, one SVG image per tune out ({@code abcm2ps -q -g -O - -}).
 * One short process per staff: abcm2ps starts in a few milliseconds, so a pool of long-lived
 * processes would buy nothing.
 *
 * @param executable the program, a name on the PATH or a path
 */
public record Abcm2ps(String executable) {
    /** System property naming the abcm2ps executable, when it is not {@code abcm2ps} on the PATH. */
    public static final String PROPERTY = "scorelab.abcm2ps";

    /** What to install when abcm2ps is missing. */
    public static final String INSTALL_HINT = "install it with 'apt-get install abcm2ps' (Debian/Ubuntu package abcm2ps, 8.14 or newer)"
            + " or name it with -D" + PROPERTY + "=PATH";

    public Abcm2ps {
        if (executable == null || executable.isBlank()) {
            throw new IllegalArgumentException("executable must not be blank");
        }
    }

    /** The executable named by the system property, else {@code abcm2ps} on the PATH. */
    public static Abcm2ps locate() {
        String named = System.getProperty(PROPERTY);
        return new Abcm2ps(named == null || named.isBlank() ? "abcm2ps" : named);
    }

    /**
     * Why abcm2ps cannot be used (not found, does not run), or null when it answers {@code -V}
     * with its version.
     */
    public String problem() {
        try {
            String version = version();
            return version.startsWith("abcm2ps") ? null
                    : "'" + executable + " -V' answered '" + version + "' instead of an abcm2ps version; " + INSTALL_HINT;
        } catch (RenderException e) {
            return e.getMessage();
        }
    }

    /** The first line {@code abcm2ps -V} prints, e.g. {@code abcm2ps-8.14.14 (2022-12-19)}. */
    public String version() throws RenderException {
        Result r = run(List.of(executable, "-V"), "", Duration.ofSeconds(20));
        String all = (r.stdout() + "\n" + r.stderr()).strip();
        return all.lines().findFirst().orElse("").strip();
    }

    /**
     * Draws the first tune of {@code abc} as one SVG document.
     *
     * @throws RenderException when abcm2ps is missing, fails, times out, writes no SVG, or
     *                         complains about the ABC (its message is kept: a complaint means
     *                         the drawing may not show what the text says)
     */
    public String svg(String abc, Duration timeout) throws RenderException {
        Result r = run(List.of(executable, "-q", "-g", "-O", "-", "-"), abc, timeout);
        String err = r.stderr().strip();
        if (!err.isEmpty()) {
            throw new RenderException("abcm2ps: " + String.join(" | ", err.lines().limit(5).toList()));
        }
        int start = r.stdout().indexOf("<svg");
        int end = r.stdout().indexOf("</svg>");
        if (r.exit() != 0 || start < 0 || end < start) {
            throw new RenderException("abcm2ps exited with " + r.exit() + " and wrote no SVG");
        }
        return r.stdout().substring(start, end + "</svg>".length());
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result run(List<String> command, String input, Duration timeout) throws RenderException {
        Process p;
        try {
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new RenderException("cannot run '" + command.get(0) + "' (" + e.getMessage() + "): " + INSTALL_HINT, e);
        }
        // Own threads, not the common pool: on two cores it has one thread, and the blocking reads
        // of parallel builder threads would queue behind each other.
        FutureTask<byte[]> out = reader(p.getInputStream(), "abcm2ps-stdout");
        FutureTask<byte[]> err = reader(p.getErrorStream(), "abcm2ps-stderr");
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // abcm2ps may exit before reading all its input; its output and exit code say why.
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new RenderException("abcm2ps took longer than " + timeout.toMillis() + " ms");
            }
            return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while abcm2ps ran", e);
        } catch (ExecutionException e) {
            throw new RenderException("cannot read abcm2ps's output: " + e.getCause().getMessage(), e);
        }
    }

    private static FutureTask<byte[]> reader(InputStream in, String name) {
        FutureTask<byte[]> task = new FutureTask<>(() -> readAll(in));
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
