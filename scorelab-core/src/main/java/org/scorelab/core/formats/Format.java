package org.scorelab.core.formats;

import java.util.Locale;

/** The formats scorelab writes, with the file extension of each. */
public enum Format {
    SEMANTIC("semantic"), AGNOSTIC("agnostic"), MUSICXML("musicxml"), MEI("mei"), MIDI("mid"), ABC("abc");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Lower-case name as the command line spells it. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
