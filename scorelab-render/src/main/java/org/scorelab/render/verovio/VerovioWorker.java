package org.scorelab.render.verovio;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One Node.js process running {@code worker.mjs}: MEI in, grayscale PNG out, one JSON line each
 * way. An MEI that Verovio refuses fails only its own request; a request that takes longer than
 * the timeout, or a process that dies, costs the process, which the next request restarts.
 * Calls are serialised: use a {@link VerovioPool} for parallel rendering.
 */
public final class VerovioWorker implements AutoCloseable {
    /** Time a healthy worker needs at most for one staff, with a wide margin for a loaded machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final String EOF = "\u0000eof";
    private static final int STDERR_LINES = 20;

    private final WorkerSetup setup;
    private final Duration timeout;
    private Process process;
    private Writer stdin;
    private BlockingQueue<String> stdout;
    private Deque<String> stderrTail;
    private String version = "";
    private long nextId;
    private int starts;
    private boolean closed;

    /**
     * Starts the process and waits until Verovio is loaded.
     *
     * @throws RenderException when node or the installed packages are missing (saying what to run)
     *                         or the process does not come up
     */
    public VerovioWorker(WorkerSetup setup, Duration timeout) throws RenderException {
        if (setup == null || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("setup and a positive timeout are required, got " + setup + ", " + timeout);
        }
        this.setup = setup;
        this.timeout = timeout;
        start();
    }

    public VerovioWorker(WorkerSetup setup) throws RenderException {
        this(setup, DEFAULT_TIMEOUT);
    }

    /** Verovio's version string as the worker reported it. */
    public synchronized String verovioVersion() {
        return version;
    }

    /** How many processes this worker has started: 1 plus one per restart after a crash or timeout. */
    public synchronized int starts() {
        return starts;
    }

    /**
     * Renders the first (only) page of an MEI document.
     *
     * @throws RenderException naming Verovio's complaint, a timeout or a crash; the worker stays usable
     */
    public synchronized RenderedImage render(String mei, RenderOptions options) throws RenderException {
        return image(request(mei, options.toJson(), ""));
    }

    /**
     * Renders one page of an MEI document in a page layout, with where each system went.
     *
     * @param page which page, from 1
     * @throws RenderException naming Verovio's complaint (a page that does not exist included), a
     *                         timeout or a crash; the worker stays usable
     */
    public synchronized RenderedPage renderPage(String mei, RenderOptions options, PageLayout layout, int page)
            throws RenderException {
        // The layout's keys come after the options' own: its page margins replace the options'
        // staff margin (the last of two equal keys wins in the worker's JSON.parse).
        String json = options.toJson();
        json = json.substring(0, json.length() - 1) + "," + layout.toJson(options.scale()) + "}";
        Map<String, Object> response = request(mei, json, ",\"layout\":true,\"page\":" + page);
        RenderedImage image = image(response);
        if (!(response.get("pages") instanceof Double pages) || !(response.get("systems") instanceof List<?> systems)) {
            throw new RenderException("Verovio worker answered a page request without pages and systems");
        }
        List<RenderedPage.SystemLayout> out = new ArrayList<>();
        try {
            for (Object o : systems) {
                Map<?, ?> system = (Map<?, ?>) o;
                List<String> measures = new ArrayList<>();
                for (Object n : (List<?>) system.get("measures")) {
                    measures.add((String) n);
                }
                List<RenderedPage.StaffLayout> staves = new ArrayList<>();
                for (Object st : (List<?>) system.get("staves")) {
                    Map<?, ?> staff = (Map<?, ?>) st;
                    List<Double> lines = new ArrayList<>();
                    for (Object y : (List<?>) staff.get("lines")) {
                        lines.add((Double) y);
                    }
                    staves.add(new RenderedPage.StaffLayout(lines, (Double) staff.get("left"), (Double) staff.get("right")));
                }
                out.add(new RenderedPage.SystemLayout(measures, staves));
            }
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new RenderException("Verovio worker answered a page request with malformed systems: " + e.getMessage(), e);
        }
        return new RenderedPage(image, page, pages.intValue(), out);
    }

    /**
     * Rasterises an SVG drawn by another engraver (abcm2ps) into the same 8-bit grayscale PNG,
     * with the system fonts loaded for its text. The worker is shared so that such data sets need
     * no second Node process and no second rasteriser.
     *
     * @param zoom image pixels per SVG unit, in (0, 16]
     * @throws RenderException naming resvg's complaint, a timeout or a crash; the worker stays usable
     */
    public synchronized RenderedImage rasterize(String svg, double zoom) throws RenderException {
        if (svg == null || svg.isBlank()) {
            throw new IllegalArgumentException("svg must not be blank");
        }
        if (!(zoom > 0 && zoom <= 16)) {
            throw new IllegalArgumentException("zoom must be in (0, 16], was " + zoom);
        }
        return image(send("\"svg\":" + Json.quote(svg) + ",\"zoom\":" + zoom));
    }

    /**
     * Whether the worker's rasteriser finds a serif font for SVG text. Without one, resvg leaves
     * text out silently, and an abcm2ps staff would lose its time-signature digits.
     */
    public synchronized boolean hasSerifFont() throws RenderException {
        return Boolean.TRUE.equals(send("\"fontCheck\":true").get("serifFont"));
    }

    private static RenderedImage image(Map<String, Object> response) throws RenderException {
        if (!(response.get("png") instanceof String png) || !(response.get("width") instanceof Double w)
                || !(response.get("height") instanceof Double h)) {
            throw new RenderException("Verovio worker answered without png, width and height");
        }
        return new RenderedImage(Base64.getDecoder().decode(png), w.intValue(), h.intValue());
    }

    /** Sends one request ({@code extra} is appended to its JSON object) and waits for its answer. */
    private Map<String, Object> request(String mei, String optionsJson, String extra) throws RenderException {
        return send("\"mei\":" + Json.quote(mei) + ",\"options\":" + optionsJson + extra);
    }

    /** Sends one request made of {@code fields} (JSON members after the id) and waits for its answer. */
    private Map<String, Object> send(String fields) throws RenderException {
        if (closed) {
            throw new IllegalStateException("worker is closed");
        }
        if (process == null || !process.isAlive()) {
            start();
        }
        long id = ++nextId;
        String request = "{\"id\":" + id + "," + fields + "}\n";
        try {
            stdin.write(request);
            stdin.flush();
        } catch (IOException e) {
            String why = describeDeath();
            stop();
            throw new RenderException("Verovio worker died before request " + id + " (" + why + "); it restarts on the next request", e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line;
            try {
                line = stdout.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new RenderException("interrupted while waiting for Verovio", e);
            }
            if (line == null) {
                stop();
                throw new RenderException("Verovio worker timed out after " + timeout.toMillis()
                        + " ms on request " + id + "; it restarts on the next request");
            }
            if (line == EOF) {
                String why = describeDeath();
                stop();
                throw new RenderException("Verovio worker crashed on request " + id + " (" + why
                        + "); it restarts on the next request");
            }
            Map<String, Object> response;
            try {
                response = Json.parseObject(line);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Object rid = response.get("id");
            if (!(rid instanceof Double d) || d.longValue() != id) {
                continue;
            }
            if (response.get("error") instanceof String error) {
                throw new RenderException("Verovio: " + error);
            }
            return response;
        }
    }

    private void start() throws RenderException {
        String problem = setup.problem();
        if (problem != null) {
            throw new RenderException(problem);
        }
        ProcessBuilder pb = new ProcessBuilder(List.of(setup.node(), setup.script().toString()))
                .directory(setup.directory().toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new RenderException("cannot start '" + setup.node() + "' (Node.js 18 or newer is needed, on the PATH or named by -D"
                    + WorkerSetup.NODE_PROPERTY + "): " + e.getMessage(), e);
        }
        starts++;
        process = p;
        stdin = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        Deque<String> err = new ArrayDeque<>();
        stdout = out;
        stderrTail = err;
        daemon("verovio-stdout", () -> pump(p.getInputStream(), out));
        daemon("verovio-stderr", () -> drain(p.getErrorStream(), err));
        String ready;
        try {
            ready = out.poll(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new RenderException("interrupted while starting the Verovio worker", e);
        }
        if (ready == null || ready == EOF) {
            String why = ready == null ? "no answer in " + STARTUP_TIMEOUT.toSeconds() + " s" : describeDeath();
            stop();
            throw new RenderException("the Verovio worker " + setup.script() + " did not start: " + why);
        }
        try {
            Object v = Json.parseObject(ready).get("verovio");
            version = v instanceof String s ? s : "";
        } catch (IllegalArgumentException e) {
            stop();
            throw new RenderException("the Verovio worker greeted with '" + ready + "' instead of its ready line", e);
        }
    }

    private static void pump(InputStream in, BlockingQueue<String> out) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        } catch (IOException e) {
            // The process went away; the EOF marker below tells the waiting request.
        } finally {
            out.add(EOF);
        }
    }

    private static void drain(InputStream in, Deque<String> tail) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > STDERR_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // Nothing more to keep once the process is gone.
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private String describeDeath() {
        Process p = process;
        String exit = "";
        if (p != null) {
            try {
                if (p.waitFor(2, TimeUnit.SECONDS)) {
                    exit = "exit code " + p.exitValue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String err;
        synchronized (stderrTail) {
            err = String.join(" | ", stderrTail);
        }
        String both = (exit + (err.isEmpty() ? "" : (exit.isEmpty() ? "" : "; ") + "stderr: " + err)).trim();
        return both.isEmpty() ? "no message" : both;
    }

    private void stop() {
        Process p = process;
        process = null;
        if (p == null) {
            return;
        }
        try {
            stdin.close();
        } catch (IOException e) {
            // Closing the pipe of a dead process may fail; destroying it below is what matters.
        }
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** For tests of the restart path: kills the process as a crash would. */
    synchronized void killProcessForTest() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        stop();
    }
}
