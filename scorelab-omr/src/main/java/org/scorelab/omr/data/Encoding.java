package org.scorelab.omr.data;

import java.util.Locale;

/** The two PrIMuS encodings a staff can be read into. */
public enum Encoding {
    /** Musical meaning: {@code note-C4_quarter}. */
    SEMANTIC,
    /** Graphical symbols and their staff positions: {@code note.quarter-L1}. */
    AGNOSTIC;

    /** The file extension of the tokens of a sample, also the name on the command line. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The encoding of a command-line or file name, e.g. {@code semantic}. */
    public static Encoding parse(String name) {
        for (Encoding e : values()) {
            if (e.extension().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("encoding must be semantic or agnostic, was '" + name + "'");
    }
}
