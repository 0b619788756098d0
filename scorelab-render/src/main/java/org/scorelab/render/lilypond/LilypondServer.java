package org.scorelab.render.lilypond;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.scorelab.render.verovio.RenderException;

/**
 * One long-lived LilyPond process that engraves one staff after another. LilyPond spends seconds
 * of CPU starting (Guile, fonts) and a few tenths engraving a staff, so a process per staff would
 * cost ten times the engraving. The process runs {@code serve.scm} (LilyPond's own per-file loop,
 * fed from standard input) in a folder of its own; each staff is a file there, its SVG and its log
 * are read back and deleted. Any warning or error in the log fails the staff: a complaint means the
 * drawing may not show what the text says. A process that dies or hangs is replaced at the next
 * staff. Not for use by several threads at once (the engraver keeps one per thread).
 */
final class LilypondServer implements AutoCloseable {
    /** Extra time the first staff of a process may take: LilyPond's start, slow on a loaded machine. */
    static final Duration START_ALLOWANCE = Duration.ofSeconds(300);
    private static final String END = "\u0000end";

    private final Lilypond lilypond;
    private final Duration timeout;
    private final Path folder;
    private Process process;
    private Writer input;
    private BlockingQueue<String> answers;
    private Deque<String> stderrTail;
    private long next;

    LilypondServer(Lilypond lilypond, Duration timeout) throws RenderException {
        this.lilypond = lilypond;
        this.timeout = timeout;
        try {
            folder = Files.createTempDirectory("scorelab-lilypond");
            try (InputStream s = LilypondServer.class.getResourceAsStream("serve.scm")) {
                if (s == null) {
                    throw new RenderException("serve.scm is missing from the scorelab-render jar");
                }
                Files.copy(s, folder.resolve("serve.scm"));
            }
        } catch (IOException e) {
            throw new RenderException("cannot prepare a folder for LilyPond: " + e.getMessage(), e);
        }
    }

    /**
     * The SVG LilyPond draws from {@code ly}. A staff that takes longer than the timeout is tried
     * once more on a fresh process: on a machine loaded by other work a process can stall far
     * beyond the few tenths of a second a staff takes, and the staff itself is rarely the cause.
     *
     * @throws RenderException when LilyPond complains, fails, writes no SVG or takes longer than the timeout twice
     */
    String svg(String ly) throws RenderException {
        try {
            return attempt(ly);
        } catch (TimedOut first) {
            try {
                return attempt(ly);
            } catch (TimedOut again) {
                throw new RenderException(again.getMessage() + ", twice (the second time on a fresh process)", again);
            }
        }
    }

    /** A staff that took longer than the timeout; the process was stopped. */
    private static final class TimedOut extends RenderException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    private String attempt(String ly) throws RenderException {
        boolean fresh = process == null || !process.isAlive();
        if (fresh) {
            start();
        }
        String name = "s" + (next++);
        Path file = folder.resolve(name + ".ly");
        Path log = folder.resolve(name + ".log");
        Path svg = folder.resolve(name + ".svg");
        try {
            Files.writeString(file, ly, StandardCharsets.UTF_8);
            input.write(name + ".ly\n");
            input.flush();
        } catch (IOException e) {
            stop();
            throw new RenderException("cannot hand the staff to LilyPond: " + e.getMessage() + tail(), e);
        }
        try {
            String answer = answers.poll(timeout.plus(fresh ? START_ALLOWANCE : Duration.ZERO).toMillis(), TimeUnit.MILLISECONDS);
            if (answer == null) {
                stop();
                throw new TimedOut("LilyPond took longer than " + timeout.toMillis() + " ms for one staff");
            }
            if (answer.equals(END)) {
                stop();
                throw new RenderException("LilyPond stopped" + tail());
            }
            String said = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            List<String> complaints = said.lines()
                    .filter(l -> l.contains("warning:") || l.contains("error:") || l.contains("programming error"))
                    .limit(5).map(String::strip).toList();
            if (!complaints.isEmpty()) {
                throw new RenderException("lilypond: " + String.join(" | ", complaints));
            }
            if (!answer.equals("done " + name + ".ly")) {
                throw new RenderException("LilyPond failed on the staff (answered '" + answer + "')");
            }
            if (!Files.exists(svg)) {
                throw new RenderException("LilyPond wrote no SVG for the staff");
            }
            return Files.readString(svg, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while LilyPond engraved", e);
        } catch (IOException e) {
            throw new RenderException("cannot read what LilyPond wrote: " + e.getMessage(), e);
        } finally {
            clean(name);
        }
    }

    private void start() throws RenderException {
        stop();
        String script = folder.resolve("serve.scm").toString().replace("\\", "\\\\").replace("\"", "\\\"");
        try {
            process = new ProcessBuilder(List.of(lilypond.executable(), "--svg", "-dno-point-and-click",
                    "-e", "(load \"" + script + "\")")).directory(folder.toFile()).start();
        } catch (IOException e) {
            throw new RenderException("cannot run '" + lilypond.executable() + "' (" + e.getMessage() + "): " + Lilypond.INSTALL_HINT, e);
        }
        input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Deque<String> errors = new ArrayDeque<>();
        answers = lines;
        stderrTail = errors;
        Process p = process;
        daemon(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lines.add(l.strip());
                }
            } catch (IOException e) {
                // the process is gone; the end marker below says so
            }
            lines.add(END);
        }, "lilypond-stdout");
        daemon(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    synchronized (errors) {
                        errors.addLast(l);
                        if (errors.size() > 5) {
                            errors.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // nothing more to keep
            }
        }, "lilypond-stderr");
    }

    private String tail() {
        if (stderrTail == null) {
            return "";
        }
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : ": " + String.join(" | ", stderrTail);
        }
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void clean(String name) {
        for (String ext : List.of(".ly", ".log", ".svg")) {
            try {
                Files.deleteIfExists(folder.resolve(name + ext));
            } catch (IOException e) {
                // a leftover file in a temporary folder is harmless; close() removes the folder
            }
        }
    }

    private void stop() {
        if (process == null) {
            return;
        }
        try {
            input.close();
        } catch (IOException e) {
            // the process may be gone already
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
