package org.scorelab.cli;

import java.nio.file.Path;

/** Where the shipped OMR model lives, and what to tell a user who has none. */
final class OmrModels {
    private OmrModels() {
    }

    /** {@code models/omr} under the repository root ({@code scorelab.home}), else the current folder. */
    static Path defaultFolder() {
        return Path.of(System.getProperty("scorelab.home", ".")).resolve("models").resolve("omr");
    }

    /** The message for a missing model: what to run to train one. */
    static String missing(Path folder) {
        return "no trained OMR model in " + folder + ": expected weights.params, vocabulary.txt and config.json"
                + " there. The shipped one is models/omr in the scorelab folder; to train your own:\n"
                + "  ./scorelab dataset omr --tunes ../shared/data/tunes --count 5000 --out omr-data\n"
                + "  ./scorelab train omr --data omr-data --out " + folder + " --channels 8,16,32 --hidden 96\n"
                + "(see docs/omr.md), or pass --model DIR.";
    }
}
