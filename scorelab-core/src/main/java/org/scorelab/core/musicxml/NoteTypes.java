package org.scorelab.core.musicxml;

import org.scorelab.core.model.NoteValue;

/**
 * The MusicXML {@code <type>} names of the note values. They differ from the PrIMuS names the
 * model uses ({@code 16th} against {@code sixteenth}, {@code breve} against {@code double_whole}).
 */
final class NoteTypes {

    private static final String[] NAMES = {
        "long", "breve", "whole", "half", "quarter", "eighth", "16th", "32nd", "64th", "128th"
    };

    private NoteTypes() {
    }

    /** The {@code <type>} text of a value. */
    static String name(NoteValue value) {
        return NAMES[value.ordinal()];
    }

    /** The value named by a {@code <type>} text, or null when the name is unknown here. */
    static NoteValue value(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return NoteValue.values()[i];
            }
        }
        return null;
    }
}
