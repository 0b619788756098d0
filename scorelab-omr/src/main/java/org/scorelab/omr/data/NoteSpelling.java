package org.scorelab.omr.data;

import java.util.List;

/**
 * How a network spells the notes of semantic tokens. The reference tokens, the files and
 * everything a user sees stay PrIMuS semantic; the spelling is what the network is trained to
 * emit and what {@link OmrVocabulary} turns back.
 */
public enum NoteSpelling {
    /** As PrIMuS does: each note with its sounding alteration ({@code note-F#4_quarter} in G major). */
    SOUNDING,
    /** As the staff prints it: {@link PrintedAccidentals}. */
    PRINTED;

    /** The tokens of a semantic line in this spelling. */
    public List<String> spell(List<String> semantic) {
        return this == PRINTED ? PrintedAccidentals.spell(semantic) : semantic;
    }

    /** A line in this spelling back to semantic tokens. */
    public List<String> read(List<String> spelt) {
        return this == PRINTED ? PrintedAccidentals.read(spelt) : spelt;
    }

    /** The tokens this spelling needs beyond those of a vocabulary. */
    public List<String> missingTokens(List<String> vocabulary) {
        return this == PRINTED ? PrintedAccidentals.missingTokens(vocabulary) : List.of();
    }

    /** The spelling of a command-line name, {@code sounding} or {@code printed}. */
    public static NoteSpelling parse(String name) {
        for (NoteSpelling s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("spelling must be sounding or printed, was '" + name + "'");
    }
}
