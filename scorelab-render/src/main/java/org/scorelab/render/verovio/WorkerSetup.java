package org.scorelab.render.verovio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Verovio worker lives and how to start it: the {@code node} executable and the folder
 * holding {@code worker.mjs} with its installed {@code node_modules}.
 *
 * @param node      the Node.js executable (a name on the PATH or a path)
 * @param directory the folder with {@code worker.mjs}, {@code package.json} and {@code node_modules}
 */
public record WorkerSetup(String node, Path directory) {
    /** System property naming the repository root; the launcher sets it. */
    public static final String HOME_PROPERTY = "scorelab.home";
    /** System property naming the node executable; {@code node} on the PATH when unset. */
    public static final String NODE_PROPERTY = "scorelab.node";
    /** The worker folder relative to the repository root. */
    public static final Path RELATIVE_DIRECTORY = Path.of("scorelab-render", "src", "main", "node");

    public WorkerSetup {
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("node executable must not be blank");
        }
        if (directory == null) {
            throw new IllegalArgumentException("directory must not be null");
        }
    }

    /** The worker script. */
    public Path script() {
        return directory.resolve("worker.mjs");
    }

    /** True when the script and its installed Verovio and resvg packages are all there. */
    public boolean isInstalled() {
        return Files.isRegularFile(script())
                && Files.isDirectory(directory.resolve("node_modules").resolve("verovio"))
                && Files.isDirectory(directory.resolve("node_modules").resolve("@resvg").resolve("resvg-js"));
    }

    /**
     * Finds the worker from {@code scorelab.home} (falling back to the current directory), also
     * trying the current directory as the {@code scorelab-render} module itself, which is where
     * Maven runs the tests.
     */
    public static WorkerSetup locate() {
        String node = System.getProperty(NODE_PROPERTY, "node");
        Path home = Path.of(System.getProperty(HOME_PROPERTY, ".")).toAbsolutePath().normalize();
        List<Path> candidates = new ArrayList<>();
        candidates.add(home.resolve(RELATIVE_DIRECTORY));
        candidates.add(home.resolve("src").resolve("main").resolve("node"));
        for (Path c : candidates) {
            WorkerSetup s = new WorkerSetup(node, c);
            if (s.isInstalled()) {
                return s;
            }
        }
        return new WorkerSetup(node, candidates.get(0));
    }

    /**
     * What is missing and what to run about it, or null when the worker is installed. The
     * message is meant for the person at the terminal.
     */
    public String problem() {
        if (!Files.isRegularFile(script())) {
            return "the Verovio worker " + script() + " is missing: set -D" + HOME_PROPERTY
                    + " to the scorelab repository root (or run from there)";
        }
        if (!isInstalled()) {
            return "the Verovio worker's node packages are not installed in " + directory.resolve("node_modules")
                    + ": run `mvn -pl scorelab-render generate-resources` from the repository root, or `npm ci` in "
                    + directory;
        }
        return null;
    }
}
