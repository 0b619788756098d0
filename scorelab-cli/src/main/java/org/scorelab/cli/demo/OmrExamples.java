package org.scorelab.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The score images bundled with the demo, read from the class path: {@value #FOLDER} holds
 * {@value #INDEX} (one line per image: name, TAB, caption; {@code #} starts a comment) and, per
 * name, {@code NAME.png} and {@code NAME.semantic}. The test-scope {@code OmrExampleGenerator}
 * writes them; the folder's README says from which tunes and under which licence.
 */
public final class OmrExamples {
    /** Class-path folder of the examples. */
    public static final String FOLDER = "/org/scorelab/cli/demo/omr/";
    /** The index file in {@link #FOLDER}. */
    public static final String INDEX = "examples.tsv";

    private OmrExamples() {
    }

    /**
     * The bundled examples in index order.
     *
     * @throws IOException when a file is missing or the index is malformed (a packaging defect)
     */
    public static List<OmrExample> bundled() throws IOException {
        List<OmrExample> out = new ArrayList<>();
        String[] lines = text(INDEX).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 2) {
                throw new IOException(FOLDER + INDEX + ", line " + (n + 1) + ": found " + f.length
                        + " tab-separated fields, expected 2 (name, caption)");
            }
            out.add(new OmrExample(f[0], f[1], bytes(f[0] + ".png"), tokens(text(f[0] + ".semantic"))));
        }
        return out;
    }

    /** The tokens of a PrIMuS line: separated by tabs (or any white space), empty ones dropped. */
    public static List<String> tokens(String line) {
        return Arrays.stream(line.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }

    private static String text(String file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = OmrExamples.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("the bundled OMR example " + FOLDER + file + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }
}
